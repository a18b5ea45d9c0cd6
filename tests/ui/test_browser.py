"""The real UI in Debian's Chromium (Playwright, no browser download) against the real API, phone and desktop."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from assistant.cli import ui_command
from assistant.settings import REPO_ROOT, Settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path(os.environ.get("ZHITU_TEST_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(os.environ.get("ZHITU_SCREENSHOTS", REPO_ROOT / "docs" / "screenshots"))
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def ui_url(api_url: str, port: Callable[[], int]) -> Iterator[str]:
    """`zhitu ui`'s Streamlit command, started for real on a free port and pointed at the live API."""
    free = port()
    env = {**os.environ, "ZHITU_UI__API_URL": api_url}
    proc = subprocess.Popen(
        ui_command(Settings(), "127.0.0.1", free), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{free}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


def open_page(browser: Browser, url: str, size: dict[str, int]) -> Page:
    ctx = browser.new_context(viewport=size, device_scale_factor=2 if size == PHONE else 1, accept_downloads=True)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.get_by_test_id("stHeading").first.wait_for()
    return page


def ask(page: Page, question: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    box.press("Enter")


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(600)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def no_horizontal_scroll(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def nav(page: Page, title: str) -> None:
    """Go to a page through the navigation (the sidebar is collapsed on phones)."""
    link = page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True)
    if not link.is_visible():
        page.get_by_test_id("stExpandSidebarButton").click()
    link.click()


def find_hongyan_grant(page: Page, stage: str) -> None:
    """Fill the subsidy finder as an outside student who interned in Ordos and then worked there 5 years."""
    page.get_by_text(stage, exact=True).click()
    page.get_by_text("来自鄂尔多斯市以外（其它盟市或区外）").click()
    page.get_by_text("通过鸿雁计划等在鄂尔多斯市实习").click()
    page.get_by_label("毕业后在鄂尔多斯市域企业就业的年数").fill("5")
    page.get_by_role("button", name="查询").click()


def test_family_chat_on_a_phone(browser: Browser, ui_url: str) -> None:
    page = open_page(browser, ui_url, PHONE)
    expect(page.get_by_role("button", name="鸿雁计划有什么补贴？")).to_be_visible()
    shot(page, "phone-start")
    ask(page, "鸿雁计划本科生毕业后留在鄂尔多斯工作满5年补贴多少？")
    expect(page.get_by_text("2万元").first).to_be_visible()
    cite = page.get_by_role("button", name="[1]", exact=False).first
    expect(cite).to_contain_text("鸿雁计划")
    shot(page, "phone-answer")
    assert no_horizontal_scroll(page)
    cite.click()
    expect(page.get_by_test_id("stPopoverBody").get_by_text("本科层次给予一次性生活补贴2万元")).to_be_visible()
    shot(page, "phone-citation")
    page.get_by_text("在方案中查看全文").click()
    expect(page.get_by_text("您打开的条款：专栏4 鸿雁计划（2）（box4.2）")).to_be_visible()
    assert "clause=box4.2" in page.url
    shot(page, "phone-plan-clause")
    assert no_horizontal_scroll(page)


def test_refusal_on_a_phone(browser: Browser, ui_url: str) -> None:
    page = open_page(browser, ui_url, PHONE)
    ask(page, "鄂尔多斯理工学校的录取分数线是多少？")
    expect(page.get_by_text("方案里没有写明这一点").first).to_be_visible()
    shot(page, "phone-refusal")
    assert no_horizontal_scroll(page)


def test_teacher_tools_on_a_desktop(browser: Browser, ui_url: str) -> None:
    page = open_page(browser, ui_url, DESKTOP)
    page.get_by_text("教师", exact=True).click()
    ask(page, "委培生毕业后定向就业有什么补助？")
    expect(page.get_by_text("2万元").first).to_be_visible()
    shot(page, "desktop-chat-teacher")

    nav(page, "学校一览")
    page.get_by_test_id("stSelectbox").filter(has_text="旗区").click()
    page.get_by_role("option", name="乌审旗").click()
    expect(page.get_by_text("共 1 所")).to_be_visible()
    shot(page, "desktop-schools")

    nav(page, "补贴查询")
    find_hongyan_grant(page, "本科")
    expect(page.get_by_text("2万元").first).to_be_visible()
    shot(page, "desktop-subsidy-finder")

    nav(page, "升学路径")
    expect(page.get_by_test_id("stGraphVizChart")).to_be_visible()
    shot(page, "desktop-pathways")

    nav(page, "导出讲义")
    page.get_by_text("PDF（打印）").click()
    page.get_by_role("button", name="生成讲义").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="下载讲义").click()
    pdf = Path(info.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    shot(page, "desktop-handout")


def test_every_page_fits_a_phone(browser: Browser, ui_url: str) -> None:
    page = open_page(browser, ui_url, PHONE)
    for path in ("plan", "schools", "pathways", "subsidies", "handout"):
        page.goto(f"{ui_url}/{path}")
        page.get_by_test_id("stHeading").first.wait_for()
        page.wait_for_timeout(500)
        assert no_horizontal_scroll(page), path
    shot(page, "phone-handout")


def test_subsidy_finder_on_a_phone(browser: Browser, ui_url: str) -> None:
    page = open_page(browser, f"{ui_url}/subsidies", PHONE)
    find_hongyan_grant(page, "高职")
    expect(page.get_by_text("1万元").first).to_be_visible()
    assert no_horizontal_scroll(page)
    shot(page, "phone-subsidy-finder")
