"""Capture what the course shows and says, so a refactor can prove it changed nothing.

    python scripts/behaviour_snapshot.py OUT.json          # capture (prints a digest per section)
    python scripts/behaviour_snapshot.py --compare A B     # first differences between two captures

Captured: ``analyze`` (labels, cues, notes, every feedback form) for our labelled sentences, every
scenario, role-play and notebook string, and the ESConv / AnnoMI dev turns where they lie beside
the project (only labels and offsets of those: their text is never written); every exercise driven
through its widgets with no answer, a slip and a model answer (the whole widget tree after each
click); the role-play played down its first and last branches; the personal summary, self-checks,
progress view, rubric and pair rubric; the command line's text. The capture goes outside the
repository by default (it holds no dataset text, but it is large).

The widgets are driven through their public front doors and by walking the widget tree (buttons
are found by their words), never through private attributes, so one script serves before and after
a change to the code's shape.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks"
#: The progress store's folder for this run (its path is masked as <home> in what is captured).
HOME = Path(tempfile.mkdtemp(prefix="psv-snapshot-")) / "home"
TIMES = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(\+00:00|Z)?")


def first(*paths: str):
    """The first importable ``module:name`` of several (the same thing before and after a move)."""
    errors = []
    for spec in paths:
        module, _, name = spec.partition(":")
        try:
            obj = importlib.import_module(module)
            return getattr(obj, name) if name else obj
        except (ImportError, AttributeError) as err:
            errors.append(f"{spec}: {err}")
    raise ImportError("; ".join(errors))


# --- texts --------------------------------------------------------------------------------------


def strings_in(obj) -> list[str]:
    """Every string inside a loaded data structure (scenario objects, YAML trees), in order."""
    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            out.extend(strings_in(v))
    elif isinstance(obj, list | tuple):
        for v in obj:
            out.extend(strings_in(v))
    elif hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            out.extend(strings_in(getattr(obj, name)))
    return out


def course_texts() -> list[str]:
    import yaml

    texts: list[str] = []
    with (ROOT / "data" / "labelled" / "sentences.csv").open(encoding="utf-8") as f:
        texts += [r["text"] for r in csv.DictReader(x for x in f if not x.startswith("#"))]
    for path in sorted((ROOT / "data").rglob("*.yaml")):
        texts += strings_in(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "course").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        texts += re.findall(r'demo\(\s*"((?:[^"\\]|\\.)*)"', source)
        texts += [line.lstrip("# ") for line in source.splitlines() if line.startswith("# ")]
    extra = [
        "",
        "   ",
        "Have you tried yoga? It really helped me.",
        "What feels most important to you right now?",
        "<img src=x onerror=alert(1)>",
        "why? " * 50,
        "you should " * 40,
        "Ça va ? ¿Qué tal? 你好吗？ مرحبا كيف حالك",
        "It sounds like\u200b you should go.",
    ]
    return list(dict.fromkeys(texts + extra))


def benchmark_texts() -> list[str]:
    texts: list[str] = []
    esconv = BENCH / "esconv-dev" / "devWithStrategy_short.tsv"
    if esconv.exists():
        turn = re.compile(r"^\S+ \d \d+ \[([^\]]+)\] (.*)$")
        for line in esconv.read_text(encoding="utf-8").splitlines():
            last = line.split(" EOS ")[-1].strip()
            m = turn.match(last)
            if m:
                texts.append(m.group(2))
    annomi = BENCH / "annomi-dev" / "AnnoMI-full-dev.csv"
    if annomi.exists():
        with annomi.open(encoding="utf-8", newline="") as f:
            texts += [r["utterance_text"] for r in csv.DictReader(f)]
    return list(dict.fromkeys(texts))


def analysis_record(text: str, *, with_text: bool = True) -> dict:
    analyze = first("widgets.scoring:analyze")
    feedback_text = first("widgets.scoring.feedback:feedback_text")
    feedback_json = first("widgets.scoring.feedback:feedback_json")
    feedback_html = first("widgets.scoring.feedback:feedback_html")
    highlight_html = first("widgets.scoring.feedback:highlight_html")
    a = analyze(text)
    record = {
        "labels": sorted(a.labels),
        "cues": [[c.label, c.start, c.end, c.message] for c in a.cues],
        "strengths": [[n.label, n.value, n.message] for n in a.strengths],
        "suggestions": [[n.label, n.value, n.message] for n in a.suggestions],
        "per_value": {k: [list(v.did_well), v.next_step] for k, v in sorted(a.per_value.items())},
    }
    if with_text:
        record["text"] = text
        record["feedback_text"] = feedback_text(a)
        record["feedback_json"] = feedback_json(a)
        record["feedback_json_short"] = feedback_json(a, full=False)
        record["feedback_html"] = feedback_html(a)
        record["highlight_html"] = highlight_html(a.text, a.cues)
    return record


# --- widgets ------------------------------------------------------------------------------------


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


def tree(widget) -> list:
    """What a learner sees and can use: every widget's kind, words, value and state."""
    out = []
    for w in walk(widget):
        row = [type(w).__name__]
        for attr in ("description", "value", "placeholder", "tooltip", "disabled", "icon"):
            if hasattr(w, attr):
                v = getattr(w, attr)
                if isinstance(v, str):
                    v = TIMES.sub("<time>", v.replace(str(HOME), "<home>"))
                if isinstance(v, str | int | float | bool) or v is None:
                    row.append([attr, v])
        if hasattr(w, "options"):
            row.append(["options", [str(o) for o in w.options]])
        if hasattr(w, "layout") and getattr(w.layout, "display", None):
            row.append(["display", w.layout.display])
        out.append(row)
    return out


def buttons(box, words: str | None = None):
    import ipywidgets as ipw

    found = [w for w in walk(box) if isinstance(w, ipw.Button)]
    if words is not None:
        found = [b for b in found if b.description == words]
    return found


def click(box, words: str) -> bool:
    for b in buttons(box, words):
        if not b.disabled:
            b.click()
            return True
    return False


def widgets_of(box, kind: str):
    import ipywidgets as ipw

    return [w for w in walk(box) if isinstance(w, getattr(ipw, kind))]


def fresh_store():
    """A new, empty progress file in this run's temporary home."""
    shutil.rmtree(HOME, ignore_errors=True)
    os.environ["PEER_COURSE_HOME"] = str(HOME)
    reset = first("widgets.store:reset_store", "widgets.progress:reset_store")
    reset()
    return first("widgets.store:get_store", "widgets.progress:get_store")()


BAD = "You should just try going for a walk every morning, it always works for me."


def drive_exercise(scenario, t) -> list:
    """One scenario through its widget: tree, then each interaction and the tree after it."""
    import ipywidgets as ipw

    build = first("widgets.exercises:build")
    store = fresh_store()
    box = build(scenario, store=store)
    steps = [["open", tree(box), box._repr_mimebundle_().get("text/plain", "")]]

    def step(name):
        steps.append([name, tree(box)])

    if click(box, t("buttons.continue")):
        step("continue")
    check_words = {
        t("buttons.check"), t("buttons.check_answer"), t("buttons.save_privately"),
        t("dilemma.check"),
    }  # fmt: skip
    check = next((b for b in buttons(box) if b.description in check_words), None)
    step("model-before-try") if click(box, t("buttons.model")) else None
    for _ in range(4):
        if not any(b.description.startswith(t("buttons.hint")[:4]) for b in buttons(box)):
            break
        hint = next(
            (b for b in buttons(box) if not b.disabled and "int" in b.description.lower()), None
        )
        if hint is None:
            break
        hint.click()
        step("hint")
    areas = widgets_of(box, "Textarea")
    radios = widgets_of(box, "RadioButtons")
    toggles = widgets_of(box, "ToggleButton")
    if check is not None:
        check.click()
        step("check-empty")
    if areas:
        answers = [BAD, "<img src=x onerror=alert(1)>", "What matters most to you about it?"]
        draft = getattr(scenario, "draft", None)
        if draft:
            answers.insert(0, draft)
        answers += [a.text for a in getattr(scenario, "model_answers", ()) or ()]
        for text in answers:
            areas[0].value = text
            check.click()
            step(f"answer:{text[:40]}")
            if click(box, t("buttons.retry")):
                step("retry")
    elif scenario.type == "choose":
        for i in range(len(scenario.options)):
            radios[0].value = i
            check.click()
            step(f"choose:{i}")
        click(box, t("buttons.reveal_all"))
        step("reveal")
    elif scenario.type == "sort":
        keys = [c.key for c in scenario.categories]
        for r in radios:
            r.value = keys[0]
        check.click()
        step("sort:first")
        for r, item in zip(radios, scenario.items, strict=True):
            r.value = item.category
        check.click()
        step("sort:right")
        radios[0].value = None
        check.click()
        step("sort:one-open")
    elif scenario.type == "spot":
        toggles[0].value = True
        check.click()
        step("spot:first")
        toggles[0].value = False
        for spot in scenario.spots:
            for tog in toggles:
                word = tog.description.removeprefix("✓ ")
                if word.strip(".,!?") and word.strip(".,!?").lower() in spot.phrase.lower():
                    tog.value = True
        check.click()
        step("spot:right")
    click(box, t("buttons.model"))
    step("model")
    if click(box, t("buttons.skip")):
        step("skip")
    assert isinstance(box, ipw.Widget)
    return steps


def play(box, t, rt, pick: str, answers: list[str]) -> list:
    """Play the role-play by its buttons: choose the first or last reply; answer free turns."""
    steps = [["open", tree(box), box._repr_mimebundle_().get("text/plain", "")]]
    n = 0
    for _ in range(80):
        if click(box, rt("start")) or click(box, rt("continue")):
            steps.append(["go", tree(box)])
            continue
        areas = widgets_of(box, "Textarea")
        send = [b for b in buttons(box, rt("send")) if not b.disabled]
        if areas and send:
            areas[0].value = answers[n % len(answers)]
            n += 1
            send[0].click()
            steps.append(["send", tree(box)])
            continue
        reply = rt("reply_button", letter="")
        replies = [b for b in buttons(box) if b.description.startswith(reply)]
        if not replies:
            break
        (replies[0] if pick == "first" else replies[-1]).click()
        steps.append([pick, tree(box)])
    return steps


def widget_section() -> dict:
    t = first("widgets.core.text:t", "widgets.text:t")
    ex = first("widgets.exercises")
    reset = first("widgets.exercises:reset")
    reset()
    get_bank = first("widgets.exercises:get_bank")
    out: dict = {"exercises": {}}
    for sid in get_bank().ids():
        reset()
        out["exercises"][sid] = drive_exercise(get_bank()[sid], t)
    reset()
    fresh_store()
    out["show-unknown"] = tree(ex.show("mutuality-rewrite-yog"))
    out["rubric"] = [ex.rubric().data, ex.rubric("curiosity").data, ex.rubric("nope").data]
    out["demo"] = ex.demo_html("Have you tried yoga? What helps you unwind?")
    out["demo_repr"] = repr(ex.demo("Have you tried yoga?"))
    # self-check before/after and the progress view
    store = fresh_store()
    reset()
    for phase in ("before", "after", "during"):
        box = ex.self_check(phase, store=store)
        out[f"self_check:{phase}"] = [tree(box)]
        for i, w in enumerate(widgets_of(box, "BoundedIntText") + widgets_of(box, "IntSlider")):
            w.value = 1 + (i % 5)
        if click(box, t("buttons.save_selfcheck") if _has(t, "buttons.save_selfcheck") else ""):
            pass
        for b in buttons(box):
            if not b.disabled:
                b.click()
        out[f"self_check:{phase}"].append(tree(box))
    out["progress_view"] = tree(ex.progress_view(store=store))

    # role-play and personal summary
    def rt(key: str, **fields) -> str:
        return t(f"roleplay.{key}", **fields)

    roleplay = first("widgets.exercises:roleplay", "widgets.roleplay:roleplay")
    summary = first("widgets.exercises:personal_summary", "widgets.roleplay:personal_summary")
    answers = [
        BAD,
        "It sounds like the quiet is a lot. What has it been like for you?",
        "",
        "<b>hi</b> that's brave of you",
    ]
    for pick in ("first", "last"):
        store = fresh_store()
        reset()
        box = roleplay("closing", store=store)
        out[f"roleplay:{pick}"] = play(box, t, rt, pick, answers)
        sbox = summary(store=store)
        out[f"summary:{pick}"] = [tree(sbox)]
        for b in buttons(sbox):
            if not b.disabled:
                b.click()
                out[f"summary:{pick}"].append(tree(sbox))
    pair = first("widgets.exercises:pair_rubric", "widgets.pair_practice:pair_rubric")
    store = fresh_store()
    box = pair(store=store)
    out["pair_rubric"] = [tree(box)]
    for i, w in enumerate(widgets_of(box, "RadioButtons") + widgets_of(box, "Dropdown")):
        opts = list(w.options)
        if opts:
            v = opts[i % len(opts)]
            w.value = v[1] if isinstance(v, tuple) else v
    for b in buttons(box):
        if not b.disabled:
            b.click()
            out["pair_rubric"].append(tree(box))
    return out


def _has(t, key: str) -> bool:
    try:
        t(key)
        return True
    except KeyError:
        return False


def dashboard_section() -> dict:
    make = first("widgets.tools.dashboard:make_demo_exports", "widgets.dashboard:make_demo_exports")
    load = first("widgets.tools.dashboard:load_exports", "widgets.dashboard:load_exports")
    summarise = first("widgets.tools.dashboard:summarise", "widgets.dashboard:summarise")
    with tempfile.TemporaryDirectory() as tmp:
        make(Path(tmp))
        frame, problems = load(Path(tmp))
        summary = summarise(frame)
        return {
            "problems": [TIMES.sub("<time>", str(p).replace(tmp, "<tmp>")) for p in problems],
            "rows": len(frame),
            "summary": {k: v.to_csv() for k, v in summary.items()},
        }


def cli_section() -> dict:
    env = dict(os.environ, PEER_COURSE_HOME=str(HOME), PYTHONIOENCODING="utf-8")
    runs = {
        "help": ["--help"],
        "nothing": [],
        "score": ["score", "Have you tried yoga? It really helped me."],
        "score-json": ["score", "--json", "What feels most important to you right now?"],
        "validate": ["validate"],
        "validate-json": ["validate", "--json"],
    }
    out = {}
    for name, args in runs.items():
        p = subprocess.run(
            [sys.executable, "-m", "widgets", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        out[name] = [p.returncode, p.stdout, p.stderr]
    lines = "Have you tried yoga?\nWhat helps?\n\nYou should rest.\n"
    p = subprocess.run(
        [sys.executable, "-m", "widgets", "score", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    out["jsonl"] = [p.returncode, p.stdout, p.stderr]
    return out


def capture() -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.pop("PEER_COURSE_LANG", None)
    fresh_store()
    snap: dict = {}
    # Keyed by text: moving a string between data files changes no analysis.
    snap["analyze:course"] = {t: analysis_record(t) for t in course_texts()}
    snap["analyze:benchmarks"] = [analysis_record(t, with_text=False) for t in benchmark_texts()]
    snap["widgets"] = widget_section()
    snap["dashboard"] = dashboard_section()
    snap["cli"] = cli_section()
    shutil.rmtree(HOME.parent, ignore_errors=True)
    return snap


def digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def compare(a, b, where: str = "", out: list | None = None, most: int = 20) -> list:
    out = [] if out is None else out
    if len(out) >= most:
        return out
    if type(a) is not type(b):
        out.append(f"{where}: {type(a).__name__} != {type(b).__name__}")
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{where}/{k}: only in {'second' if k not in a else 'first'}")
            else:
                compare(a[k], b[k], f"{where}/{k}", out, most)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items != {len(b)} items")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            compare(x, y, f"{where}[{i}]", out, most)
    elif a != b:
        out.append(f"{where}:\n    {str(a)[:300]!r}\n != {str(b)[:300]!r}")
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"] and len(argv) == 3:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        diffs = compare(a, b)
        print("\n".join(diffs) if diffs else "identical")
        return 1 if diffs else 0
    out = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "psv-snapshot.json"
    snap = capture()
    out.write_text(json.dumps(snap, sort_keys=True, ensure_ascii=False, indent=0), "utf-8")
    for key, value in snap.items():
        size = len(value) if isinstance(value, list | dict) else 1
        print(f"{key:24} {size:>7} items  {digest(value)[:16]}")
    print(f"all                      {digest(snap)}  -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
