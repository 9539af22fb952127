"""How quick the course feels in a real browser (prints figures; not a test).

  .venv/bin/python scripts/browser_bench.py [--clicks 20]

Starts JupyterLab on a temporary copy of the course (its own empty progress store), opens
02_mutuality in headless Chromium and prints:
  - the time from opening the notebook to its first usable exercise (kernel ready, Run All Cells,
    the first "Check" button on screen and enabled), and
  - the median (and slowest) time from a click on "Check my answer" to the feedback appearing,
    over --clicks clicks with a different answer each time.
Needs /usr/bin/chromium (apt-get install chromium); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))

from browser_support import (  # noqa: E402
    chromium_problem,
    exercise,
    launch_browser,
    make_workspace,
    open_notebook,
    run_all,
    start_lab,
    stop_on_sigterm,
)

#: Runs in the page: click the check button, resolve (in ms) when the feedback quotes the
#: answer's unique ending (the start of an answer is interleaved with label tags).
CLICK_TO_FEEDBACK = """async (box, answer) => {
    const button = [...box.querySelectorAll('button')]
        .find(b => b.textContent.trim().endsWith('Check my answer'));
    const shown = () => [...box.querySelectorAll('.psv-highlight')]
        .some(el => el.textContent.includes(answer));
    const started = performance.now();
    return await new Promise(resolve => {
        const observer = new MutationObserver(() => {
            if (shown()) { observer.disconnect(); resolve(performance.now() - started); }
        });
        observer.observe(box, {subtree: true, childList: true, characterData: true});
        setTimeout(() => { observer.disconnect(); resolve(-1); }, 15000);
        button.click();
    });
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--notebook", default="02_mutuality.ipynb")
    parser.add_argument("--exercise", default="mutuality-rewrite-yoga")
    args = parser.parse_args(argv)
    problem = chromium_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    stop_on_sigterm()
    workspace = make_workspace(prefix="peer-course-bench-")
    lab = start_lab(workspace)
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            started = time.perf_counter()
            open_notebook(page, lab, args.notebook)
            opened = time.perf_counter() - started
            run_all(page, lab)
            box = exercise(page, args.exercise)
            check = box.locator("button", has_text="Check my answer")
            check.wait_for(state="visible")
            assert check.is_enabled()
            usable = time.perf_counter() - started
            answer = box.get_by_role("textbox")
            times = []
            for n in range(args.clicks):
                text = f"What helps you most on nights like this, number {n}?"
                answer.fill(text)
                answer.blur()  # the box sends its words when the learner leaves it
                page.wait_for_timeout(50)  # let the typed value reach the kernel first
                took = box.evaluate(CLICK_TO_FEEDBACK, f"number {n}?")
                if took < 0:
                    print(f"click {n}: no feedback within 15 s", file=sys.stderr)
                    print(box.inner_text()[-800:], file=sys.stderr)
                    return 1
                times.append(took)
            browser.close()
    finally:
        lab.stop()
        shutil.rmtree(workspace, ignore_errors=True)
    print(f"notebook: {args.notebook}, exercise: {args.exercise}")
    print(f"open to notebook shown (kernel idle):   {opened:6.2f} s")
    print(f"open to first usable exercise:          {usable:6.2f} s  (includes Run All Cells)")
    print(
        f"click to feedback over {len(times)} clicks:    median {statistics.median(times):6.0f} ms"
        f", slowest {max(times):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
