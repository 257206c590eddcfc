package cn.harbin.fertility.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.CamundaWebappLogin;
import cn.harbin.fertility.support.HeadlessChromium;
import cn.harbin.fertility.support.SmsLog;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mother on a phone-sized browser (390×844) signs in with the code from the demo gateway's log, applies for the
 * childcare subsidy, supplies the PDF a 道里区 caseworker asked for in Tasklist, and sees the decision and the months
 * owed; the caseworker opens her file from the review form and approves. Every portal page passes axe-core without
 * a serious or critical violation; screenshots of each go to {@code target/e2e/}.
 */
@Tag("e2e")
@ApplicationOnH2
class CitizenPortalE2eTest {

  @LocalServerPort int port;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired TaskService taskService;

  private WebDriver citizen;
  private WebDriver caseworker;
  private SmsLog sms;
  private final List<String> accessibilityViolations = new ArrayList<>();

  @BeforeEach
  void browsers() {
    sms = new SmsLog();
    citizen = HeadlessChromium.start();
    citizen.manage().window().setSize(new Dimension(390, 844));
    caseworker = HeadlessChromium.start();
  }

  @AfterEach
  void close() {
    sms.close();
    for (WebDriver browser : new WebDriver[] {citizen, caseworker}) {
      if (browser != null) {
        browser.quit();
      }
    }
  }

  @Test
  void aMotherAppliesOnHerPhoneSuppliesMaterialAndSeesTheDecision() throws IOException {
    LocalDate born = LocalDate.now(TimeConfiguration.HARBIN).minusMonths(4);
    TestFamily family = TestFamily.of("230102", born, 2).registerIn(registry, 2);
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    WebDriverWait wait = new WebDriverWait(citizen, Duration.ofSeconds(30));

    citizen.get(url("/portal"));
    page("portal-home");
    citizen.findElement(By.linkText("登录")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber"))).sendKeys(family.mother());
    citizen.findElement(By.id("phone")).sendKeys(phone);
    page("portal-sign-in");
    citizen.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
    assertThat(text(citizen)).contains("验证码已发送至 137****", "演示模式");
    page("portal-sign-in-code");
    citizen.findElement(By.id("code")).sendKeys(sms.lastCodeTo(phone));
    citizen.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "我的申请"));
    page("portal-applications");

    citizen.findElement(By.linkText("育儿补贴")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("childName")));
    page("portal-apply");
    citizen.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
    assertThat(text(citizen)).contains("请填写子女姓名");
    page("portal-apply-errors");
    fill("applicantName", "王芳");
    new Select(citizen.findElement(By.id("applicantRelationship"))).selectByValue("MOTHER");
    new Select(citizen.findElement(By.id("divisionCode"))).selectByValue("230102");
    fill("childName", "张小明");
    fill("childIdNumber", family.child());
    ((JavascriptExecutor) citizen).executeScript("document.getElementById('childBirthDate').value = arguments[0];",
        born.toString());
    fill("birthOrder", "2");
    fill("otherParentName", "张伟");
    fill("otherParentIdNumber", family.father());
    fill("bankName", "中国工商银行哈尔滨分行");
    fill("bankAccount", "6222021234567890123");
    citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "申请已提交"));
    String number = citizen.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
    assertThat(number).startsWith("YE-");
    assertThat(text(citizen)).contains("区卫健局审核", "道里区卫生健康局", "年");
    page("portal-case-received");

    String review = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    WebDriverWait tasklist = new WebDriverWait(caseworker, Duration.ofSeconds(30));
    CamundaWebappLogin.logIn(caseworker, url("/camunda/app/tasklist/default/"), "daolihealth");
    openClaimAndDecide(tasklist, review, "要求补正材料");
    WebElement missing = tasklist.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(., '需补正的材料')]/following::textarea[1]")));
    missing.sendKeys("出生医学证明");
    complete(tasklist, review);

    citizen.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "待补正材料"));
    citizen.findElement(By.linkText("提交补正材料")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("description"))).sendKeys("出生医学证明扫描件");
    Path pdf = Files.createTempFile("birth-certificate", ".pdf");
    Files.write(pdf, CitizenPortalContract.PDF);
    Path named = Files.move(pdf, pdf.resolveSibling("出生医学证明.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    citizen.findElement(By.id("files")).sendKeys(named.toAbsolutePath().toString());
    page("portal-material");
    citizen.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "补正材料已提交"));
    page("portal-case-material-supplied");

    String secondReview = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    caseworker.get(url("/camunda/app/tasklist/default/#/?task=" + secondReview));
    WebElement file = tasklist.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("出生医学证明.pdf")));
    Object status = ((JavascriptExecutor) caseworker).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.blob().then(b => done(r.status + ' ' + b.type + ' ' + b.size)));",
        file.getAttribute("href"));
    assertThat(status).isEqualTo("200 application/pdf " + CitizenPortalContract.PDF.length);
    HeadlessChromium.screenshot(caseworker, "tasklist-review-with-supplied-file.png");
    openClaimAndDecide(tasklist, secondReview, "批准");
    complete(tasklist, secondReview);

    citizen.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已办结（准予）"));
    assertThat(text(citizen)).contains("准予", "育儿补贴 · 正在享受", "500.00 元 每月", "待发放",
        born.getYear() + "年" + born.getMonthValue() + "月");
    page("portal-case-granted");
    citizen.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Decided: granted"));
    page("portal-case-english");

    assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
  }

  /** A screenshot, and axe-core's serious and critical findings on the page. */
  private void page(String name) throws IOException {
    HeadlessChromium.screenshot(citizen, name + ".png");
    Results results = new AxeBuilder().analyze(citizen);
    assertThat(results.getPasses()).as("axe-core checked %s", name).isNotEmpty();
    for (Rule violation : results.getViolations()) {
      if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
        accessibilityViolations.add(name + ": " + violation.getId() + " " + violation.getHelp() + " "
            + violation.getNodes().stream().map(node -> node.getHtml()).toList());
      }
    }
  }

  private void fill(String id, String value) {
    WebElement field = citizen.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String text(WebDriver browser) {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void openClaimAndDecide(WebDriverWait wait, String taskId, String decision) {
    caseworker.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "审核结论"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='claim()']"))).click();
    wait.until(driver -> "daolihealth".equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
    // Tasklist draws the form again once claimed, without its veil: click only in the form as it then stands.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()='" + decision + "']"))));
  }

  private void complete(WebDriverWait wait, String taskId) {
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='完成']"))));
    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
  }

  private void clickInView(WebElement element) {
    ((JavascriptExecutor) caseworker).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
