"""What the trainers' review of the feedback (docs/feedback-review.md) asked the scorer to read
better. Each case is a reply a learner could write; the assertion is what the feedback must say."""

from __future__ import annotations

import pytest

from widgets.scoring import analyze


def labels(text: str) -> set[str]:
    return set(analyze(text).labels)


def taken_back(text: str) -> set[tuple[str, str]]:
    return {(u.strength.label, u.slip.label) for u in analyze(text).undone}


def test_asking_permission_to_ask_is_not_a_stack_of_questions():
    assert "stacked_questions" not in labels("Can I ask you something? What was the hardest part?")
    assert "stacked_questions" in labels("What happened? Why did you leave?")


def test_an_idea_offered_beside_other_choices_is_an_offer_not_advice():
    assert "advice" not in labels("Would a walk help, or would you rather just talk?")
    assert "advice" in labels("You should go for a walk.")


def test_why_not_suggests_rather_than_asking_for_reasons():
    found = labels("Why not ask her?")
    assert "why_question" not in found and "open_question" not in found
    assert "advice" in found
    assert "why_question" in labels("Why did you ask her?")


def test_dont_you_is_a_question_only_when_it_asks():
    assert "question" not in labels("Don't you worry, love.")
    assert {"question", "leading_question"} <= labels("dont you think its time to move on")


def test_a_tag_typed_without_a_comma_still_leads():
    assert "leading_question" in labels("you will get over this forever right?")
    assert "leading_question" not in labels("Is the door on the right?")


def test_a_question_that_carries_a_slip_is_not_praised_as_open():
    text = "What happened to your family back there?"
    assert "invasive_question" in labels(text)
    assert ("open_question", "invasive_question") in taken_back(text)


@pytest.mark.parametrize("turn", ["Still,", "Mind you,", "Just remember,"])
def test_a_reflection_turned_around_by_a_contrast_word_is_taken_back(turn):
    text = f"That sounds really hard. {turn} everyone goes through it."
    assert ("reflection", "minimizing") in taken_back(text)


def test_a_reflection_without_a_turn_keeps_its_credit():
    assert taken_back("That sounds really hard. What has helped you through it so far?") == set()


def test_a_direct_question_about_suicide_is_never_told_it_carries_advice():
    """From the held-out review (docs/feedback-review-2.md): a caring, direct question was told
    "'Have you thought about taking' carries advice"."""
    asked = labels("It sounds unbearable right now. Have you thought about taking your own life?")
    assert "safety_check" in asked and "advice" not in asked
    assert "advice" in labels("Have you thought about taking a break?")
    assert "advice" in labels(
        "Have you thought about taking your own life? You should call someone."
    )


# Review 9 (docs/feedback-review-9.md): false alarms it found. Sentences written for these tests.


def test_asking_leave_to_ask_with_a_word_between_is_not_a_stack():
    found = labels("Could I just ask, what got you through last winter?")
    assert "stacked_questions" not in found and "open_question" in found
    assert "stacked_questions" in labels("What happened, and who was there?")


def test_a_clause_saying_where_is_not_a_second_question():
    found = labels("Is there a walking group nearby, where people go at your pace?")
    assert "stacked_questions" not in found and "question" in found
    # a second question word with its verb first still asks again
    assert "stacked_questions" in labels("Where are you staying now, and who is with you?")


def test_an_offer_to_take_over_is_fixing_not_advice_or_minimising():
    found = labels("Leave that with me, I'll sort it out for you.")
    assert "fixing" in found and not {"advice", "minimizing"} & found
    assert {"advice", "fixing"} <= labels("Leave it with me. You should get some rest.")
    assert "minimizing" in labels("Leave it, it'll sort itself out.")


def test_you_should_not_have_to_sides_with_them_rather_than_advising():
    assert "advice" not in labels("You shouldn't have to carry all of that on your own.")
    assert "advice" not in labels("You should not have to fight this hard for a repair.")
    assert "advice" in labels("You shouldn't go back there tonight.")
    assert "advice" in labels("You should ring them.")


def test_caribbean_spellings_are_read():
    assert "fixing" in labels("leave it wid me, mi will sort it")


# Suggestion forms read in ESConv dev's missed suggestions (sentences written for these tests).


@pytest.mark.parametrize(
    ("suggestion", "not_one"),
    [
        ("I can suggest a walk after dinner.", "I can hear how tired you are."),
        ("Is it possible that you could ask your manager?", "Is it possible that it hurt?"),
        ("Do try the group on Thursday.", "Do you try to rest?"),
        ("The only thing you can do is keep going.", "The only thing I know is that I care."),
        ("What do you think about joining a choir?", "What do you think about that?"),
        ("Could you just walk away from it?", "Could you just tell me a bit more?"),
    ],
)
def test_suggestion_forms_from_real_chat_are_advice(suggestion, not_one):
    assert "advice" in labels(suggestion)
    assert "advice" not in labels(not_one)


def test_a_negation_does_not_reach_past_maybe():
    assert "advice" in labels("If she does not want the flat maybe you could ask the council.")
    assert "advice" not in labels("I'm not saying you should leave him.")


def test_make_sure_you_is_advice_unless_the_speaker_does_it():
    found = labels("It might be worth it to make sure you have a plan.")
    assert "advice" in found and "fixing" not in found
    assert "fixing" in labels("I'll come round later to make sure you eat.")


# Review 10 (docs/feedback-review-10.md): false alarms and take-backs it found. Sentences written
# for these tests.


def test_prying_after_leaving_it_with_them_takes_the_choice_back():
    assert ("choice", "invasive_question") in taken_back(
        "You don't have to tell me everything. How long were you in detention?"
    )


def test_you_know_it_is_a_lecture_not_a_reflection():
    assert "reflection" not in labels("You know it's only going to get worse if you wait.")
    assert "reflection" in labels("You know your own mind on this.")


@pytest.mark.parametrize(
    "reply",
    [
        "Look, at least you're still applying, that counts.",  # "look" as a filler
        "Please tell me how it went.",  # a plea to hear, not an instruction
        "You're giving everything you've got to your mum.",  # "got to" + a person
        "It's tiring feeling like you can't manage on your own.",  # their feeling, reflected
    ],
)
def test_fillers_and_reflected_feelings_are_not_advice_or_deficit(reply):
    assert not {"advice", "deficit"} & labels(reply)


def test_mad_about_someone_is_not_a_label():
    assert "stigmatizing" not in labels("You're mad about her and running on empty.")
    assert "stigmatizing" in labels("You're mad, you know that?")


def test_just_being_awkward_is_not_explaining_it_away():
    assert "minimizing" not in labels("He's kicking off again, he's just being awkward.")
    assert "minimizing" in labels("He's probably just being careful with the paperwork.")


def test_saying_you_are_doing_it_for_them_is_fixing():
    assert "fixing" in labels("I'm ringing the landlord for you this afternoon.")


def test_how_can_you_is_an_open_question_not_advice():
    found = labels("How can you look after yourself tonight?")
    assert "advice" not in found and "open_question" in found
    assert "advice" in labels("Could you look into a support group?")


@pytest.mark.parametrize(
    "invitation",
    [
        "I'd be curious to know what keeps you up at night.",
        "I'd love to hear where you've got to with it all.",
        "I'm curious where that idea first came from.",
    ],
)
def test_an_invitation_said_as_curiosity_is_an_open_question(invitation):
    assert {"question", "open_question"} <= labels(invitation)


def test_you_know_what_helps_brings_advice_not_a_question_about_what_helped():
    analysis = analyze("You know what helps? A hot bath and an early night.")
    assert "advice" in analysis.labels
    assert not analysis.shows("strength")  # "what helps" here brings their answer, not theirs


def test_contradicting_how_bad_it_is_is_minimising():
    assert "minimizing" in labels("You haven't ruined everything, honestly.")
    assert "minimizing" in labels("tomorrows a new day x")
    assert "minimizing" in labels("You're sure that was the reason, though?")


def test_offering_to_just_get_on_with_it_is_fixing():
    assert "fixing" in labels("Want me to ring them, or shall I just crack on?")


def test_asking_about_the_meds_is_invasive():
    assert "invasive_question" in labels("Was it the therapy or the meds that did it?")


# Review 11 (docs/feedback-review-11.md): misses and false alarms it found. Sentences written for
# these tests.


def test_listing_what_they_have_to_live_for_is_minimising_and_mustnt_is_advice():
    found = labels("You've got heaps to live for, you mustn't talk like that.")
    assert {"minimizing", "advice"} <= found and "reflection" not in found


def test_giving_them_a_ring_yourself_is_fixing_not_advice():
    found = labels("Leave it, I'll give the council a ring myself tomorrow.")
    assert "fixing" in found


def test_dont_you_think_youre_leads_without_advising():
    found = labels("Don't you think you're being too hard on yourself?")
    assert "leading_question" in found and "advice" not in found
    assert "advice" in labels("Don't you think it's time you saw someone?")


@pytest.mark.parametrize(
    "invitation",
    [
        "I wonder where you learned to see yourself that way.",
        "I'd love to hear a bit more about it.",
    ],
)
def test_wondering_aloud_about_them_is_an_open_question(invitation):
    assert "open_question" in labels(invitation)


def test_hope_said_as_belief_counts_after_a_turn():
    from widgets.ui.checklist import checklist

    reply = "It's dragged on for months, but I do believe there's a job out there for you."
    found = labels(reply)
    assert "hope" in found
    check = checklist(analyze(reply), ["hope"], ["minimizing"])
    assert check.shown == ("hope",)


def test_asking_if_suicide_is_on_their_mind_is_a_safety_check():
    """Review 12 found this direct, caring question unread (written for this test)."""
    assert "safety_check" in labels("Has suicide been on your mind lately?")
    assert "safety_check" not in labels("Has work been on your mind lately?")


# --- Review 12's misses (docs/feedback-review-12.md): written for the tests, not its replies ---


def test_a_story_that_sells_advice_or_trust_me_is_not_credited_as_sharing():
    sold = "When I was discharged I joined a choir and that got me through, you should join one."
    assert ("self_disclosure", "advice") in taken_back(sold)
    assert ("self_disclosure", "expert_stance") in taken_back(
        "I've been on that ward myself so trust me, it gets easier."
    )
    # a brief "me too" before advice in another sentence was still shared
    brief = "Coming home felt strange for me too. Don't rush yourself."
    assert "advice" in labels(brief)
    assert ("self_disclosure", "advice") not in taken_back(brief)


def test_an_offer_to_do_it_takes_back_the_choice_said_with_it():
    offer = "I could ring the housing office for you now if you like?"
    assert {"fixing", "choice"} <= labels(offer)
    assert ("choice", "fixing") in taken_back(offer)
    assert taken_back("What would you like to do next, if anything?") == set()


@pytest.mark.parametrize(
    "offer",
    [
        "Would you like me to phone the council for you?",
        "Shall I draft the email and you can send it?",
        "I'll put your name down for the group.",
        "Let me have a word with your manager.",
        "I'm going to get someone from the team to pop in tomorrow.",
    ],
)
def test_offers_to_do_it_for_them_are_fixing(offer):
    assert "fixing" in labels(offer)


def test_a_reflection_heard_through_a_label_is_taken_back():
    text = "It must be so tiring with your poor English."
    assert "deficit" in labels(text)
    assert ("reflection", "deficit") in taken_back(text)
    assert taken_back("It must be so tiring, learning a third language.") == set()


@pytest.mark.parametrize(
    "question",
    ["Where are you at with it all?", "Where does that leave you?", "When has it felt easier?"],
)
def test_where_and_when_questions_that_invite_a_story_are_open(question):
    assert "open_question" in labels(question)
    assert "closed_question" in labels("Where do you live?")


@pytest.mark.parametrize(
    "question",
    ["What do you think you'll do?", "What's your thinking on the move?",
     "What would make this time most useful for you?"],
)  # fmt: skip
def test_asking_what_they_will_do_leaves_the_choice_with_them(question):
    assert "choice" in labels(question)


@pytest.mark.parametrize(
    "question",
    ["Do your friends know about your diagnosis?", "Have they upped your meds?",
     "Is the gardening better than the tablets?"],
)  # fmt: skip
def test_asking_about_diagnosis_or_meds_is_invasive(question):
    assert "invasive_question" in labels(question)


def test_envy_and_flat_contradiction_are_minimising_and_really_true_leads():
    assert "minimizing" in labels("Half the office would kill for your free time.")
    assert "minimizing" in labels("You're not a failure.")
    assert "minimizing" not in labels("You're not on your own with this.")
    assert "leading_question" in labels("Is that really true, or just what you tell yourself?")


# --- Review 13's misses (docs/feedback-review-13.md): written for the tests, not its replies ---


@pytest.mark.parametrize(
    "question",
    ["aw sam why did u stop going?", "Jo why d'you think that is?", "Mo what do you make of it?"],
)
def test_a_question_word_after_a_name_typed_without_a_comma_still_opens_the_question(question):
    assert "open_question" in labels(question)
    assert "open_question" not in labels("You know why?")


def test_a_why_after_a_greeting_is_named_as_a_why_question():
    assert "why_question" in labels("aw sam why did u stop going?")


def test_a_kind_reading_that_explains_away_is_taken_back():
    text = "I doubt it was about your accent, maybe she was just having a bad day."
    assert ("generous_assumption", "minimizing") in taken_back(text)
    assert taken_back("Maybe she was having a bad day, or maybe it was more than that.") == set()


@pytest.mark.parametrize(
    "reply",
    ["u tried camomile tea?", "Could your husband take the early feed?",
     "Is it not time you told her?", "Could you at least ring them back?",
     "go easy on urself tonight", "A walking group is the way to go."],
)  # fmt: skip
def test_fresh_advice_forms_are_named(reply):
    assert "advice" in labels(reply)


def test_naming_a_drinker_is_a_label_and_reading_withdrawal_is_generous():
    assert "stigmatizing" in labels("Mr Dunn is a heavy drinker and difficult today.")
    found = labels("He usually drinks daily, so I'd read the shaking as withdrawal.")
    assert "generous_assumption" in found and "stigmatizing" not in found
