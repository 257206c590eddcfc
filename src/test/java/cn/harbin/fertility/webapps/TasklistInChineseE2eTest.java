package cn.harbin.fertility.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.TasklistFilters;
import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.AsyncSteps;
import cn.harbin.fertility.support.EnglishOnPage;
import cn.harbin.fertility.support.CamundaWebappLogin;
import cn.harbin.fertility.support.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker's day in Tasklist, in Debian's headless Chromium set up as a computer in Harbin: the list tells the
 * cases apart and finds one by its number, a review is worked through its form to the notice of what happens next,
 * nothing is offered that would be refused, no English shows on any view visited; finance opens the bank file from
 * its task in the same login, and another bureau is refused it.
 */
@Tag("e2e")
@ApplicationOnH2
class TasklistInChineseE2eTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcPopulationRegistry registry;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void chineseBrowserAndADaoliCase() {
    repositoryService.createDeployment().addClasspathResource("bpmn/test-district-review.bpmn")
        .enableDuplicateFiltering(true).deploy();
    runtimeService.startProcessInstanceByKey("test-district-review", "YE-2026-E2E001",
        Map.of("division", HarbinDivision.DAOLI.code()));
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @Test
  void daoliCaseworkerSeesChineseTasklistWithTheDepartmentFilter() throws IOException {
    logIn("daolihealth");

    waitForText(TasklistFilters.DEPARTMENT_TASKS);
    waitForText("区卫健局初审");
    HeadlessChromium.screenshot(browser, "tasklist-daoli-caseworker.png");

    assertThat(page()).contains(TasklistFilters.DEPARTMENT_TASKS, TasklistFilters.MY_TASKS, "区卫健局初审");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .as("the end-of-life notice is for administrators only").allMatch(banner -> !banner.isDisplayed());
    assertThat(browser.findElements(By.cssSelector(".create-task-action")))
        .as("新建任务 is not offered to a caseworker").allMatch(action -> !action.isDisplayed());
    assertThat(browser.findElements(By.cssSelector("a[ng-click^='openModal']")))
        .as("nor is editing the shared filters").allMatch(edit -> !edit.isDisplayed());
    assertNoEnglish("the task list");
  }

  /** Through every call Tasklist makes for it: the list, the search, the form, the claim, the submission. */
  @Test
  void daoliCaseworkerFindsACaseByItsNumberAndApprovesItsReviewInTheForm() throws IOException {
    String number = runtimeService.startProcessInstanceByKey("childcare-subsidy", TestFamily.of("230102",
        LocalDate.of(2025, 4, 4), 2).registerIn(registry, 2).application().toVariables()).getBusinessKey();
    String applicant = (String) historyService.createHistoricVariableInstanceQuery().variableName("applicantName")
        .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult().getId()).singleResult().getValue();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    logIn("daolihealth");
    waitForText(number);
    assertThat(page()).as("the list tells the cases apart").contains("申请编号", "申请人", applicant, "户籍所在地",
        "道里区");

    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input.main-field")));
    search.sendKeys(number, Keys.ENTER);
    wait.until(driver -> tasksListed().size() == 1);
    assertThat(tasksListed()).singleElement().asString().contains(number, applicant);
    HeadlessChromium.screenshot(browser, "tasklist-search-by-number.png");
    assertNoEnglish("the search");

    browser.findElement(By.cssSelector("li.task h4 a")).click();
    waitForText("审核结论");
    assertNoEnglish("the task form");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']"))).click();
    wait.until(driver -> "daolihealth".equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
    // Tasklist draws the form again once claimed, without its veil: click only in the form as it then stands.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='完成']"))));
    waitForText("此项必须填写");
    assertNoEnglish("the form's validation");

    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()='批准']"))));
    HeadlessChromium.screenshot(browser, "tasklist-daoli-review-form.png");
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='完成']"))));
    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".harbin-task-completed")));
    assertThat(notice.getText()).contains("已办结", number, applicant, "案件已办结：准予发放");
    HeadlessChromium.screenshot(browser, "tasklist-completed.png");
    assertNoEnglish("the page after 完成");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
        .getState()).isEqualTo("COMPLETED");
  }

  @Test
  void financeOpensTheBankFileFromItsTaskWithoutASecondLoginAndAnotherBureauIsRefused() throws IOException {
    String number = new GrantedClaims(registry, runtimeService, taskService)
        .grant("230102", LocalDate.of(2026, 8, 8), 2);
    String run = runtimeService.startProcessInstanceByKey("childcare-subsidy-disbursement",
        Map.of("scheme", "childcare-subsidy", "period", "2026-11")).getId();
    AsyncSteps.awaitDone(managementService, run);
    taskService.complete(taskService.createTaskQuery().processInstanceId(run).singleResult().getId(),
        Map.of("batchDecision", "approve"));
    String bankResult = taskService.createTaskQuery().processInstanceId(run).singleResult().getId();
    long batchId = ((Number) runtimeService.getVariable(run, "batchId")).longValue();
    Files.createDirectories(HeadlessChromium.DOWNLOADS);
    try (Stream<Path> earlier = Files.list(HeadlessChromium.DOWNLOADS)) {
      for (Path file : earlier.toList()) {
        Files.delete(file);
      }
    }

    logIn("finance");
    browser.get(tasklist() + "#/?task=" + bankResult);
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("银行代发文件")));
    assertThat(browser.findElements(By.cssSelector("button[ng-click='claim()']"))).as("not claimed yet").isNotEmpty();
    String tasklistTab = browser.getWindowHandle();
    String tasklistPage = browser.getCurrentUrl();
    // Chromium closes a new tab as soon as its answer turns out to be a download, often before a poll of the open
    // windows sees it: record the tab being opened in the page itself (the real window.open still runs).
    ((JavascriptExecutor) browser).executeScript("const open = window.open; window.harbinOpened = [];"
        + " window.open = (...args) => { window.harbinOpened.push(args); return open(...args); };");
    clickInView(link);
    Path bankFile = wait.until(driver -> downloadedCsv());
    assertThat(((JavascriptExecutor) browser).executeScript("return window.harbinOpened;"))
        .as("opened in a new tab").asString()
        .isEqualTo("[[http://localhost:" + port + "/staff/bank-files/" + batchId + ", _blank, noopener]]");
    assertThat(browser.getWindowHandle()).as("Tasklist stays where it was").isEqualTo(tasklistTab);
    assertThat(browser.getCurrentUrl()).as("the task still open in Tasklist").isEqualTo(tasklistPage);
    assertThat(Files.readString(bankFile, StandardCharsets.UTF_8)).contains(number);
    assertNoEnglish("the bank-result task");

    browser.quit();
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    logIn("nanganghealth");
    browser.get("http://localhost:" + port + "/staff/bank-files/" + batchId);
    waitForText("仅限市财政局");
  }

  private void logIn(String user) {
    CamundaWebappLogin.logIn(browser, tasklist(), user);
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  private String page() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private List<String> tasksListed() {
    return browser.findElements(By.cssSelector("li.task h4")).stream().map(WebElement::getText).toList();
  }

  private void assertNoEnglish(String view) {
    assertThat(EnglishOnPage.in(page())).as("English on " + view).isEmpty();
  }

  private Path downloadedCsv() {
    try (Stream<Path> files = Files.list(HeadlessChromium.DOWNLOADS)) {
      return files.filter(file -> file.toString().endsWith(".csv")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** Long forms reach under Tasklist's footer: scroll to the element first, as a caseworker would. */
  private void clickInView(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
