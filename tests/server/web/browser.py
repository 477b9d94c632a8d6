"""Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (nothing downloaded at run time),
for the console's browser tests and `make screenshots`."""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def available() -> bool:
    """Whether Chromium and chromedriver are installed (apt-get install chromium chromium-driver)."""
    return bool(CHROMIUM and CHROMEDRIVER)


def chrome(width: int = 1366, height: int = 768):
    """A headless Chromium of an office screen's size."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--lang=zh-CN", "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(20)
    return driver
