package cn.harbin.fertility.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.EnglishOnPage;
import cn.harbin.fertility.support.CamundaWebappLogin;
import cn.harbin.fertility.support.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor reads Cockpit (dashboard, processes, a process and one of its instances) in Debian's headless
 * Chromium through the staff allow-list: none of Cockpit's views meets a refusal, offers a button that would change
 * something, shows English or writes a date the ISO way.
 */
@Tag("e2e")
@ApplicationOnH2
class CockpitForSupervisorsE2eTest {

  /** As the webapps write a date: 2026年11月29日 14:05. */
  private static final Pattern CHINESE_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  private WebDriver browser;

  @BeforeEach
  void chineseBrowser() {
    browser = HeadlessChromium.start();
  }

  @Test
  void theSupervisorReadsEveryCockpitViewWithoutARefusal() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
    CamundaWebappLogin.logIn(browser, cockpit, "supervisor");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "高远"));

    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("childcare-subsidy").list()
        .get(0).getId();
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    for (Map.Entry<String, String> view : Map.of(
        "cockpit-dashboard.png", "#/dashboard",
        "cockpit-processes.png", "#/processes",
        "cockpit-process.png", "#/process-definition/" + definition + "/runtime",
        "cockpit-instance.png", "#/process-instance/" + instance + "/runtime",
        "cockpit-decisions.png", "#/decisions").entrySet()) {
      browser.get(cockpit + view.getValue());
      wait.until(ExpectedConditions.jsReturnsValue("return document.readyState === 'complete' ? true : null"));
      sleepWhileCockpitLoads();
      HeadlessChromium.screenshot(browser, view.getKey());
      assertThat(errorNotifications()).as("error notifications on %s", view.getValue()).isEmpty();
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(EnglishOnPage.in(page)).as("English on %s", view.getValue()).isEmpty();
      assertThat(page).as("ISO dates on %s", view.getValue()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
      assertThat(browser.findElements(By.cssSelector(".ctn-toolbar a, td.actions button, .delete-deployment")))
          .as("modifying buttons on %s", view.getValue()).noneMatch(WebElement::isDisplayed);
    }
    browser.get(cockpit + "#/process-definition/" + definition + "/runtime");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "开始时间"));
    wait.until(driver -> CHINESE_DATE.matcher(driver.findElement(By.tagName("body")).getText()).find());
    browser.get(cockpit + "#/processes");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "育儿补贴"));

    browser.get("http://localhost:" + port + "/supervision");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "督查看板"));
    assertThat(browser.findElement(By.tagName("body")).getText()).as("signed in by the Cockpit login")
        .contains("积压", "近12周每周受理和办结", "下载 XLSX").doesNotContain("督查看板登录");
    wait.until(driver -> !driver.findElements(By.cssSelector("#flow-chart canvas")).isEmpty());
    HeadlessChromium.screenshot(browser, "supervision-dashboard.png");
  }

  private List<String> errorNotifications() {
    return browser.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /** Cockpit loads its views' data after the page: give its requests the time a person's eye would. */
  private static void sleepWhileCockpitLoads() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
