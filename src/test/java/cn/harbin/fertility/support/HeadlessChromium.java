package cn.harbin.fertility.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium as on a computer in Harbin (Chinese browser language, China Standard Time), for the
 * browser tests: no driver is fetched, and nothing on this closed network is called (background networking off).
 * Screenshots go to {@code target/e2e/}, the browser's downloads to {@code target/e2e/downloads/}.
 */
public final class HeadlessChromium {

  private static final Path SCREENSHOTS = Path.of("target", "e2e");
  /** Where the browser saves what it downloads. */
  public static final Path DOWNLOADS = SCREENSHOTS.resolve("downloads");

  private HeadlessChromium() {}

  public static WebDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,900", "--accept-lang=zh-CN,zh");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
        "download.default_directory", DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
    // A computer in Harbin: the webapps show dates in the browser's zone.
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver")).toFile())
        .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .build();
    return new ChromeDriver(driver, options);
  }

  public static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
