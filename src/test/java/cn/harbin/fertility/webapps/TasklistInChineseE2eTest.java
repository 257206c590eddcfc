package cn.harbin.fertility.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.TasklistFilters;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 道里区 caseworker logs into Tasklist in Debian's headless Chromium, with a Chinese browser, and sees
 * the Chinese interface, the shared department filter and the task routed to their bureau; and works a childcare
 * review through every call Tasklist makes for it, past the staff allow-list.
 */
@Tag("e2e")
@ApplicationOnH2
class TasklistInChineseE2eTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcPopulationRegistry registry;

  private WebDriver browser;

  @BeforeEach
  void chineseBrowserAndADaoliCase() {
    repositoryService.createDeployment().addClasspathResource("bpmn/test-district-review.bpmn")
        .enableDuplicateFiltering(true).deploy();
    runtimeService.startProcessInstanceByKey("test-district-review", "YE-2026-E2E001",
        Map.of("division", HarbinDivision.DAOLI.code()));

    browser = HeadlessChromium.start();
  }

  @Test
  void daoliCaseworkerSeesChineseTasklistWithTheDepartmentFilter() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    logInAsDaoliCaseworker(wait);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        TasklistFilters.DEPARTMENT_TASKS));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "区卫健局初审"));
    HeadlessChromium.screenshot(browser, "tasklist-daoli-caseworker.png");

    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains(TasklistFilters.DEPARTMENT_TASKS, TasklistFilters.MY_TASKS, "区卫健局初审")
        .contains("任务");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .as("the end-of-life notice is for administrators only").allMatch(banner -> !banner.isDisplayed());
  }

  /** Through every call Tasklist makes for it: the task, its form, the claim, the submission of the form. */
  @Test
  void daoliCaseworkerClaimsAndApprovesAChildcareReviewInTheForm() throws IOException {
    String number = runtimeService.startProcessInstanceByKey("childcare-subsidy", TestFamily.of("230102",
        LocalDate.of(2025, 4, 4), 2).registerIn(registry, 2).application().toVariables()).getBusinessKey();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    logInAsDaoliCaseworker(wait);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "审核结论"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']"))).click();
    wait.until(driver -> "daolihealth".equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()='批准']"))));
    HeadlessChromium.screenshot(browser, "tasklist-daoli-review-form.png");
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='完成']"))));

    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
        .getState()).isEqualTo("COMPLETED");
  }

  private void logInAsDaoliCaseworker(WebDriverWait wait) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("daolihealth");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DemoUsers.PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    // Leaving the page before the login has answered would cancel it: wait until the login form is gone.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
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
