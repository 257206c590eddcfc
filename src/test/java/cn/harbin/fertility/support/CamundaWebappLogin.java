package cn.harbin.fertility.support;

import cn.harbin.fertility.bureaus.DemoUsers;
import java.io.IOException;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a demo user in to one of the Camunda webapps (Tasklist, Cockpit, Admin) through its own login form. */
public final class CamundaWebappLogin {

  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

  private CamundaWebappLogin() {}

  /**
   * Opens {@code appUrl}, signs {@code user} in and waits until the login form is gone (leaving the page before the
   * login has answered would cancel it). A login that does not finish leaves a screenshot and the page's text.
   */
  public static void logIn(WebDriver browser, String appUrl, String user) {
    // The form can be drawn again as the app finishes starting: an element found a moment ago may be gone.
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class);
    try {
      browser.get(appUrl);
      wait.until(ExpectedConditions.elementToBeClickable(USERNAME));
      // A redrawn form drops what was typed: type until both fields hold it.
      wait.until(page -> {
        boolean name = typed(page, USERNAME, user);
        boolean password = typed(page, PASSWORD, DemoUsers.PASSWORD);
        return name && password;
      });
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
    } catch (TimeoutException notSignedIn) {
      // Selenium's text leaves out a notice still fading in; the page's own rendered text does not.
      AssertionError failure = new AssertionError("The login of " + user + " did not finish; the page reads: "
          + ((JavascriptExecutor) browser).executeScript("return document.body.innerText;"), notSignedIn);
      try {
        HeadlessChromium.screenshot(browser, "login-failed-" + user + ".png");
      } catch (IOException | RuntimeException screenshotFailed) {
        failure.addSuppressed(screenshotFailed);
      }
      throw failure;
    }
  }

  private static boolean typed(WebDriver page, By field, String value) {
    WebElement input = page.findElement(field);
    if (value.equals(input.getDomProperty("value"))) {
      return true;
    }
    input.clear();
    input.sendKeys(value);
    return false;
  }
}
