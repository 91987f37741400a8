"""Demo curriculum for `netwise up`: Fjordline's social media training, from foundations to certification."""

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import select

from kit.db import Database
from kit.events import Outbox
from services.curriculum import assignments, modules, policy, quizzes, tracks
from services.curriculum.models import Module
from services.curriculum.schemas import (
    CertificationSpec,
    ModuleContent,
    ModuleCreate,
    PolicyContent,
    PolicyCreate,
    QuizIn,
    RuleCreate,
    TrackContent,
    TrackCreate,
)
from services.curriculum.settings import CurriculumSettings


@dataclass
class DemoModule:
    key: str
    phase: str
    title: str
    summary: str
    body: str
    platforms: list[str] = field(default_factory=list)
    job_functions: list[str] = field(default_factory=list)
    competencies: list[str] = field(default_factory=list)
    minutes: int = 15
    swedish: tuple[str, str, str] | None = None  # title, summary, body
    quiz: list[tuple[str, list[str], list[int]]] | None = None  # question, options, indexes of correct ones


MODULES = [
    DemoModule("what-is-social", "foundations", "What social media is - and is not",
               "Networks, feeds and why acting for Fjordline differs from acting as yourself.",
               "Having a Facebook account is not the same as mastering social media for work. This module "
               "covers how feeds rank posts, what a network effect is, and why a post by an employee is read "
               "as a post by Fjordline.", ["facebook", "linkedin", "instagram"], [], ["social-basics"], 10,
               ("Vad sociala medier är - och inte är", "Nätverk, flöden och varför du talar för Fjordline.",
                "Ett Facebook-konto är inte detsamma som att behärska sociala medier i jobbet. Modulen visar hur "
                "flöden rangordnar inlägg och varför en medarbetares inlägg läses som Fjordlines."),
               [("Who is a post by an employee about work read as coming from?",
                 ["Only the employee", "The employee and Fjordline"], [1])]),
    DemoModule("platform-tour", "foundations", "A tour of the platforms",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: who is there and what works.",
               "Each platform has its own audience and etiquette. Platforms also fade - remember MySpace - so "
               "this module is reviewed whenever a platform changes.",
               ["linkedin", "facebook", "instagram", "x", "tiktok", "youtube", "pinterest"], [],
               ["platform-knowledge"], 20,
               ("En rundtur bland plattformarna", "Vem finns var och vad fungerar.",
                "Varje plattform har sin publik och sin ton. Plattformar försvinner också - minns MySpace."),
               [("Which platform suits B2B relationships best?", ["LinkedIn", "Snapchat", "Pinterest"], [0])]),
    DemoModule("why-it-matters", "foundations", "Why it matters for the business",
               "From reach to revenue: what social media brings Fjordline, measured in kronor.",
               "We look at three cases: a store that doubled footfall with location check-ins, a web shop "
               "campaign on Pinterest, and a B2B deal that started with a LinkedIn comment.",
               ["linkedin", "pinterest"], [], ["business-value"], 15,
               ("Varför det spelar roll för affären", "Från räckvidd till intäkter, mätt i kronor.",
                "Tre fall: en butik som fördubblade besöken, en webbshopskampanj på Pinterest och en B2B-affär "
                "som började med en kommentar på LinkedIn.")),
    DemoModule("our-brands", "organisation", "Fjordline's brands and channels",
               "Which brand speaks where: LinkedIn for B2B, Pinterest for the web shop, local pages for stores.",
               "Fjordline runs one corporate LinkedIn page, a web shop presence on Pinterest and Instagram, and a "
               "local Facebook page per store. Know which channel is yours before you post.",
               ["linkedin", "pinterest", "instagram", "facebook"], [], ["brand-knowledge"], 15),
    DemoModule("policy-explained", "organisation", "The social media policy, explained",
               "What the policy asks of you, with examples - and where to go with sensitive topics.",
               "The policy in practice: speak for yourself, disclose your role, never share customer data, and "
               "route sensitive topics (incidents, politics, layoffs) to the comms team.", [], [],
               ["policy"], 15, None,
               [("A customer complains publicly about a data leak. What do you do?",
                 ["Answer with the details you know", "Thank them and route it to the comms team",
                  "Ignore it"], [1]),
                ("Which are required when you post about work?",
                 ["Say that you work at Fjordline", "Share customer names", "Speak for yourself"], [0, 2])]),
    DemoModule("social-selling", "role", "Social selling on LinkedIn",
               "Build a profile buyers trust, listen for signals, and start conversations that lead to meetings.",
               "Social selling is not spam. Optimise your profile for the buyer, follow accounts, comment with "
               "insight, and move to a direct message only when there is a reason.", ["linkedin"], ["sales"],
               ["social-selling"], 30, None,
               [("When is a direct message appropriate?", ["Straight after connecting",
                                                           "When there is a shared reason to talk"], [1])]),
    DemoModule("service-on-social", "role", "Customer service on Facebook, X and Messenger",
               "Answer fast and kindly in public, move details to private messages, and close the loop.",
               "Response time expectations, tone, when to take a case to Messenger, and how to log every case in "
               "the service system so product and marketing learn from it.", ["facebook", "x", "messenger"],
               ["customer_service"], ["social-service"], 25, None,
               [("Where do order details belong?", ["In the public reply", "In a private message"], [1])]),
    DemoModule("feeding-cases-back", "role", "Feeding social cases back into the organisation",
               "A complaint on X is also a product insight: tag it, route it, report it.",
               "How to tag cases, which team owns which kind of issue, and the weekly summary that reaches "
               "product and marketing.", ["x", "facebook"], ["customer_service"], ["case-routing"], 15),
    DemoModule("marketing-funnel", "role", "Awareness, relationships and lead generation",
               "Plan content for each stage of the funnel and measure what moves people along.",
               "Awareness content, community management that builds relationships, and lead generation with "
               "clear calls to action - with the KPIs for each stage.",
               ["linkedin", "facebook", "instagram", "tiktok"], ["marketing"], ["content-strategy"], 30),
    DemoModule("product-integration", "role", "Integrating social into products",
               "Share buttons, user-generated content and social login - done with privacy in mind.",
               "When a share button helps, how to invite reviews and photos from customers, and the consent and "
               "data rules that apply.", ["facebook", "pinterest", "instagram"], ["product"],
               ["product-integration"], 20),
    DemoModule("kpis-from-traffic", "role", "KPIs from traffic data",
               "From clicks and referrals to KPIs the leadership team can act on.",
               "Tag links consistently, separate organic from paid, attribute web shop revenue to social "
               "referrals and report the cost of the time spent.", ["linkedin", "facebook", "pinterest"],
               ["analytics"], ["social-analytics"], 25),
    DemoModule("recruiting-ambassador", "role", "Being an ambassador when recruiting",
               "Show what working at Fjordline is like, answer candidates, and respect their privacy.",
               "Employer branding on LinkedIn and Instagram, inviting colleagues to share job posts voluntarily, "
               "and how to answer candidates' questions in public.", ["linkedin", "instagram"], ["hr"],
               ["employer-branding"], 20),
    DemoModule("security-and-crises", "role", "Security and the Facebook crisis lesson",
               "Account security, and why a well-meant defence of a campaign started a media storm.",
               "Two-factor authentication and shared accounts; then the case of an IT colleague who defended a "
               "campaign on Facebook and triggered a storm - and what routing it to comms would have changed.",
               ["facebook", "x"], ["it"], ["security", "crisis-handling"], 25, None,
               [("A campaign is criticised on Facebook. You disagree with the critics. What now?",
                 ["Defend the campaign in the thread", "Tell the comms team and let them answer"], [1])]),
    DemoModule("leading-social-teams", "leadership", "Leading people who do social media",
               "Encourage without pressure, set expectations, and recognise good work.",
               "Ambassadorship is voluntary: pressure kills it. How to make sharing convenient, how to talk "
               "about private networks with tact, and how to follow up.", ["linkedin", "facebook"],
               ["leadership"], ["leading-social"], 25),
    DemoModule("time-caps", "leadership", "Setting time caps: how much is far too much?",
               "Caps over a period, not per day, and a short period of detailed reporting to decide on facts.",
               "One day can take all day, then 15 minutes for days. Set caps per week or month, run two weeks of "
               "detailed reporting of all communication work, and apply the 20/80 rule of thumb.",
               ["linkedin", "facebook"], ["leadership"], ["time-management"], 20),
    DemoModule("ambassador-practice", "role", "Sharing as an ambassador",
               "Pick from the weekly suggestions, add your own words, and choose where to share.",
               "How the weekly digest works, why your own words matter, and how to handle comments on a share "
               "in your private network.", ["linkedin", "facebook", "instagram"], [], ["ambassadorship"], 20,
               None, [("Is sharing the weekly suggestions required?", ["Yes, every week", "No, it is voluntary"],
                       [1])]),
    DemoModule("sensitive-topics", "role", "Handling sensitive topics",
               "Incidents, politics, layoffs: recognise them and take them to the comms team.",
               "A checklist to recognise a sensitive topic, holding replies you may post, and the route to the "
               "comms team - with the Facebook crisis as the worked example.", ["facebook", "x", "linkedin"], [],
               ["crisis-handling"], 20, None,
               [("Which of these are sensitive topics?", ["A store opening", "A data incident", "Layoffs"],
                 [1, 2])]),
]

# key, phase, title (en, sv or None), summary, module keys, audience functions, certification
TRACKS: list[tuple[str, str, str, str | None, str, list[str], list[str], CertificationSpec | None]] = [
    ("foundations", "foundations", "Foundations of social media", "Grunderna i sociala medier",
     "What social media is, the platforms, and why it matters. Optional: start where you are.",
     ["what-is-social", "platform-tour", "why-it-matters"], [], None),
    ("organisation", "organisation", "Fjordline on social media", None,
     "Our brands, divisions and channels, and the social media policy explained.",
     ["our-brands", "policy-explained"], [], None),
    ("sales", "role", "Social selling", None, "LinkedIn for B2B sales.", ["social-selling"], ["sales"], None),
    ("customer_service", "role", "Customer service on social", None,
     "Facebook, X and Messenger service, and feeding every case back.",
     ["service-on-social", "feeding-cases-back"], ["customer_service"], None),
    ("marketing", "role", "Marketing on social", None, "Awareness, relationships and lead generation.",
     ["marketing-funnel"], ["marketing"], None),
    ("product", "role", "Social in our products", None, "Integrating social features into products.",
     ["product-integration"], ["product"], None),
    ("analytics", "role", "Measuring social", None, "KPIs from traffic data.", ["kpis-from-traffic"],
     ["analytics"], None),
    ("hr", "role", "Recruiting on social", None, "Being an ambassador when recruiting.",
     ["recruiting-ambassador"], ["hr"], None),
    ("it", "role", "Security and crises", None, "Account security and the Facebook crisis lesson.",
     ["security-and-crises"], ["it"], None),
    ("leadership", "leadership", "Leading on social media", None,
     "Leading people who do social media, and setting time caps.",
     ["leading-social-teams", "time-caps"], ["leadership"], None),
    ("ambassador", "role", "Social media ambassador", None,
     "For volunteers who share Fjordline's content: policy, practice and sensitive topics.",
     ["policy-explained", "ambassador-practice", "sensitive-topics"], [],
     CertificationSpec(key="social-media-ambassador", validity_days=365)),
    ("sensitive", "role", "Sensitive topics", None, "Recognise sensitive topics and route them to comms.",
     ["sensitive-topics"], [], CertificationSpec(key="sensitive-topics", validity_days=365)),
]

POLICY_TEXT = """# Fjordline social media policy

1. **Speak for yourself.** Say that you work at Fjordline when you post about work, and that views are yours.
2. **Protect people.** Never share customer, colleague or candidate data, photos without consent, or prices
   that are not public.
3. **Sensitive topics go to comms.** Incidents, politics, layoffs, legal matters: do not answer; alert the comms
   team in the #comms-desk channel.
4. **Voluntary means voluntary.** Nobody is asked to share on their private networks.
5. **Time.** Follow the time caps your leader sets; social media work is work and is reported as such.
"""


def _quiz(spec: list[tuple[str, list[str], list[int]]]) -> QuizIn:
    return QuizIn.model_validate({"pass_mark": 75 if len(spec) > 1 else 100, "questions": [
        {"id": f"q{n}", "kind": "multiple" if len(correct) > 1 else "single", "text": {"en": text},
         "options": [{"id": chr(97 + i), "text": {"en": option}} for i, option in enumerate(options)],
         "correct": [chr(97 + i) for i in correct]}
        for n, (text, options, correct) in enumerate(spec, start=1)]})


async def seed_demo(db: Database, outbox: Outbox, org: dict[str, Any], units: list[dict[str, Any]],
                    people: list[dict[str, Any]]) -> None:
    """Publishes the demo curriculum unless the organisation has modules already.

    People get their tracks through the assignment rules when identity's person events arrive.
    """
    org_id = org["id"]
    settings = CurriculumSettings(database_url=db.url)
    async with db.transaction() as session:
        if (await session.exec(select(Module.id).where(Module.org_id == org_id).limit(1))).first() is not None:
            return
        module_ids: dict[str, str] = {}
        for spec in MODULES:
            content = {"en": ModuleContent(title=spec.title, summary=spec.summary, body=spec.body)}
            if spec.swedish:
                content["sv"] = ModuleContent(title=spec.swedish[0], summary=spec.swedish[1], body=spec.swedish[2])
            module = await modules.create_module(session, org_id, ModuleCreate.model_validate({
                "content": content, "default_locale": "en", "phase": spec.phase, "platforms": spec.platforms,
                "job_functions": spec.job_functions, "competencies": spec.competencies,
                "estimated_minutes": spec.minutes}))
            if spec.quiz:
                await quizzes.set_quiz(session, module, _quiz(spec.quiz))
            await modules.publish_module(session, outbox, settings, module)
            module_ids[spec.key] = module.id
        for key, phase, title, swedish, summary, module_keys, functions, certification in TRACKS:
            contents = {"en": TrackContent(title=title, summary=summary)}
            if swedish:
                contents["sv"] = TrackContent(title=swedish, summary="Vad sociala medier är, plattformarna och "
                                                                     "varför det spelar roll. Frivilligt.")
            track = await tracks.create_track(session, org_id, TrackCreate(
                content=contents, default_locale="en", phase=phase, module_ids=[module_ids[m] for m in module_keys],
                audience_job_functions=functions, certification=certification))
            await tracks.set_track_status(session, track, "published")
            if phase in ("role", "leadership") and functions:
                await assignments.create_rule(session, outbox, org_id, RuleCreate(
                    track_id=track.id, job_functions=functions, due_in_days=60))
            elif key == "organisation":
                await assignments.create_rule(session, outbox, org_id, RuleCreate(track_id=track.id, due_in_days=30))
        await policy.create_policy(session, outbox, org_id, PolicyCreate(
            content={"en": PolicyContent(title="Fjordline social media policy", body=POLICY_TEXT)},
            default_locale="en"))
