"""Demo data for `netwise up`: Fjordline's ambassador programme with topics, posts, ambassadors, shares, clicks."""

import random
from datetime import timedelta
from typing import Any

from sqlmodel import select

from kit.db import Database
from kit.events import Outbox
from kit.ids import utcnow
from services.advocacy import service
from services.advocacy.models import ClickMinute, Topic
from services.advocacy.schemas import (
    AmbassadorPreferences,
    DigestChannel,
    Network,
    NetworkAccount,
    OptIn,
    PostCreate,
    ProgrammeUpdate,
    TopicCreate,
    Variant,
    Weekday,
)

SITE = "https://www.fjordline.example"
EDITORS = ("Linnea Ström", "Daan Smit")
EXTRA_AMBASSADORS = ("Emma de Vries", "Maja Andersson", "Femke de Boer", "Gustav Holmberg")

TOPICS = [
    TopicCreate(slug="store-openings", name="New stores", description="Openings and renovated stores."),
    TopicCreate(slug="careers", name="Working at Fjordline", description="Open positions and life at Fjordline."),
    TopicCreate(slug="sustainability", name="Sustainability", description="Packaging, transport and repairs."),
    TopicCreate(slug="web-shop", name="Web shop news", description="Launches and features in the web shop."),
    TopicCreate(slug="b2b", name="Fjordline for business", description="Offers for companies and schools.",
                audience_job_functions=["sales", "leadership", "marketing"]),
    TopicCreate(slug="customer-privacy", name="Customer data & privacy", sensitive=True,
                certification_key="sensitive-topics",
                description="How we handle customer data; only for people trained on sensitive topics."),
]

# Every seeded text in every locale the organisation's people read, in this order: a Norwegian reader gets
# Norwegian, never the Swedish default.
LOCALES = ("sv-SE", "nb-NO", "da-DK", "nl-NL", "en")
Texts = tuple[str, str, str, str, str]

# (topic slug, path, title, priority, {network: texts in LOCALES order}, age in days, state)
POSTS: list[tuple[str, str, str, int, dict[str, Texts], int, str]] = [
    ("store-openings", "/stores/bergen", "Bergen store opens on Bryggen", 5, {
        "linkedin": ("Vi öppnar vår första butik i Bergen, mitt på Bryggen. Välkommen in! #employee",
                     "Vi åpner vår første butikk i Bergen, midt på Bryggen. Velkommen innom! #employee",
                     "Vi åbner vores første butik i Bergen, midt på Bryggen. Kig forbi! #employee",
                     "We openen onze eerste winkel in Bergen, midden op Bryggen. Kom langs! #employee",
                     "We are opening our first store in Bergen, right on Bryggen. Come and say hello! #employee"),
        "x": ("Ny Fjordline-butik på Bryggen i Bergen öppnar lördag #employee",
              "Ny Fjordline-butikk på Bryggen i Bergen åpner lørdag #employee",
              "Ny Fjordline-butik på Bryggen i Bergen åbner lørdag #employee",
              "Nieuwe Fjordline-winkel op Bryggen in Bergen opent zaterdag #employee",
              "New Fjordline store on Bryggen, Bergen opens Saturday #employee"),
        "facebook": ("Bergen, nu är vi här! Butiken på Bryggen öppnar på lördag.",
                     "Bergen, nå er vi her! Butikken på Bryggen åpner på lørdag.",
                     "Bergen, nu er vi her! Butikken på Bryggen åbner på lørdag.",
                     "Bergen, hier zijn we! De winkel op Bryggen opent zaterdag.",
                     "Bergen, here we come! The store on Bryggen opens this Saturday."),
        "instagram": ("Bryggen, Bergen. Lördag kl 10. #fjordline #employee",
                      "Bryggen, Bergen. Lørdag kl. 10. #fjordline #employee",
                      "Bryggen, Bergen. Lørdag kl. 10. #fjordline #employee",
                      "Bryggen, Bergen. Zaterdag om 10 uur. #fjordline #employee",
                      "Bryggen, Bergen. Saturday 10 am. #fjordline #employee")}, 2, "published"),
    ("store-openings", "/stores/aarhus", "Aarhus store renovated", 3, {
        "linkedin": ("Butiken i Aarhus har fått nytt ljus, ny layout och en reparationsdisk. #employee",
                     "Butikken i Aarhus har fått nytt lys, ny planløsning og en reparasjonsdisk. #employee",
                     "Butikken i Aarhus har fået nyt lys, nyt layout og en reparationsdisk. #employee",
                     "Onze winkel in Aarhus heeft nieuwe verlichting, een nieuwe indeling en een reparatiebalie. "
                     "#employee",
                     "Our Aarhus store has new lighting, a new layout and a repair desk. #employee"),
        "facebook": ("Kom och se vår nyrenoverade butik i Aarhus!", "Kom og se den nyoppussede butikken vår i Aarhus!",
                     "Kom og se vores nyrenoverede butik i Aarhus!", "Kom kijken in onze vernieuwde winkel in Aarhus!",
                     "Come and see our renovated Aarhus store!")},
     9, "published"),
    ("careers", "/careers/customer-service-goteborg", "Customer service advisers in Göteborg", 4, {
        "linkedin": ("Vi söker kundrådgivare till vårt team i Göteborg. Tips gärna någon! #employee",
                     "Vi søker kunderådgivere til teamet vårt i Göteborg. Tips gjerne noen! #employee",
                     "Vi søger kunderådgivere til vores team i Göteborg. Kender du nogen? #employee",
                     "We zoeken klantadviseurs voor ons team in Göteborg. Ken je iemand? #employee",
                     "We are hiring customer service advisers in Gothenburg. Know someone? #employee"),
        "x": ("Vi rekryterar kundrådgivare i Göteborg #employee", "Vi rekrutterer kunderådgivere i Göteborg #employee",
              "Vi rekrutterer kunderådgivere i Göteborg #employee", "We werven klantadviseurs in Göteborg #employee",
              "Hiring customer service advisers in Gothenburg #employee"),
        "facebook": ("Jobba med oss i Göteborg! Vi söker kundrådgivare.",
                     "Jobb med oss i Göteborg! Vi søker kunderådgivere.",
                     "Arbejd sammen med os i Göteborg! Vi søger kunderådgivere.",
                     "Werk met ons in Göteborg! We zoeken klantadviseurs.",
                     "Work with us in Gothenburg! We are hiring customer service advisers.")}, 4, "published"),
    ("careers", "/careers/summer-2025", "Summer jobs in our stores", 3, {
        "linkedin": ("Sommarjobb i våra butiker i Sverige, Norge och Danmark. Ansök senast 31 mars. #employee",
                     "Sommerjobb i butikkene våre i Sverige, Norge og Danmark. Søk innen 31. mars. #employee",
                     "Sommerjob i vores butikker i Sverige, Norge og Danmark. Søg senest 31. marts. #employee",
                     "Zomerbanen in onze winkels in Zweden, Noorwegen en Denemarken. Solliciteer vóór 31 maart. "
                     "#employee",
                     "Summer jobs in our stores in Sweden, Norway and Denmark. Apply by 31 March. #employee"),
        "instagram": ("Sommarjobb hos oss? Länk i bio. #employee", "Sommerjobb hos oss? Lenke i bio. #employee",
                      "Sommerjob hos os? Link i bio. #employee", "Zomerbaan bij ons? Link in bio. #employee",
                      "Summer job with us? Link in bio. #employee")},
     12, "published"),
    ("sustainability", "/sustainability/packaging", "Plastic-free web shop parcels", 4, {
        "linkedin": ("Alla paket från vår webbutik är nu plastfria: kartong och papperstejp. #employee",
                     "Alle pakker fra nettbutikken vår er nå plastfrie: papp og papirteip. #employee",
                     "Alle pakker fra vores webshop er nu plastfri: pap og papirtape. #employee",
                     "Alle pakketten uit onze webshop zijn nu plasticvrij: karton en papieren tape. #employee",
                     "Every web shop parcel is now plastic-free: cardboard and paper tape. #employee"),
        "x": ("Våra webbutikspaket är nu plastfria #employee", "Pakkene fra nettbutikken vår er nå plastfrie #employee",
              "Vores webshoppakker er nu plastfri #employee", "Onze webshoppakketten zijn nu plasticvrij #employee",
              "Our web shop parcels are now plastic-free #employee"),
        "facebook": ("Nu är alla våra paket plastfria.", "Nå er alle pakkene våre plastfrie.",
                     "Nu er alle vores pakker plastfri.", "Al onze pakketten zijn nu plasticvrij.",
                     "All our parcels are now plastic-free.")}, 6, "published"),
    ("sustainability", "/sustainability/repair", "Free repairs for a year", 2, {
        "linkedin": ("Köp hos oss och få fri reparation i ett år. Längre liv för sakerna. #employee",
                     "Kjøp hos oss og få gratis reparasjon i ett år. Lengre liv for tingene. #employee",
                     "Køb hos os og få gratis reparation i et år. Længere liv til tingene. #employee",
                     "Koop bij ons en krijg een jaar gratis reparatie. Een langer leven voor je spullen. #employee",
                     "Buy from us and get free repairs for a year. Longer lives for your things. #employee"),
        "facebook": ("Fri reparation i ett år på allt du köper hos oss.",
                     "Gratis reparasjon i ett år på alt du kjøper hos oss.",
                     "Gratis reparation i et år på alt, du køber hos os.",
                     "Een jaar gratis reparatie op alles wat je bij ons koopt.",
                     "Free repairs for a year on everything you buy from us.")}, 20, "published"),
    ("web-shop", "/shop/app", "The new Fjordline app", 5, {
        "linkedin": ("Vår nya app är här: skanna hyllkanten och se lagerstatus i närmaste butik. #employee",
                     "Den nye appen vår er her: skann hyllekanten og se lagerstatus i nærmeste butikk. #employee",
                     "Vores nye app er her: scan hyldeforkanten og se lagerstatus i den nærmeste butik. #employee",
                     "Onze nieuwe app is er: scan het schapkaartje en zie de voorraad in de dichtstbijzijnde winkel. "
                     "#employee",
                     "Our new app is here: scan the shelf label and see stock in your nearest store. #employee"),
        "x": ("Nya Fjordline-appen: lagerstatus i närmaste butik #employee",
              "Nye Fjordline-appen: lagerstatus i nærmeste butikk #employee",
              "Nye Fjordline-app: lagerstatus i nærmeste butik #employee",
              "De nieuwe Fjordline-app: voorraad in de dichtstbijzijnde winkel #employee",
              "The new Fjordline app: stock in your nearest store #employee"),
        "facebook": ("Ladda ner nya Fjordline-appen!", "Last ned den nye Fjordline-appen!",
                     "Hent den nye Fjordline-app!", "Download de nieuwe Fjordline-app!",
                     "Download the new Fjordline app!"),
        "instagram": ("Nya appen är ute. #fjordline #employee", "Den nye appen er ute. #fjordline #employee",
                      "Den nye app er ude. #fjordline #employee", "De nieuwe app is uit. #fjordline #employee",
                      "The new app is out. #fjordline #employee")},
     1, "published"),
    ("web-shop", "/shop/click-and-collect", "Click & collect in two hours", 3, {
        "linkedin": ("Beställ på webben och hämta i butik inom två timmar. #employee",
                     "Bestill på nett og hent i butikk innen to timer. #employee",
                     "Bestil online og hent i butikken inden for to timer. #employee",
                     "Bestel online en haal het binnen twee uur op in de winkel. #employee",
                     "Order online and collect in store within two hours. #employee"),
        "x": ("Klicka och hämta inom 2 timmar #employee", "Klikk og hent innen 2 timer #employee",
              "Klik og hent inden for 2 timer #employee", "Klik en haal op binnen 2 uur #employee",
              "Click & collect within 2 hours #employee")},
     15, "published"),
    ("b2b", "/business/schools", "Fjordline for schools", 3, {
        "linkedin": ("Skolor får nu egna priser och fakturering hos Fjordline Business. #employee",
                     "Skoler får nå egne priser og fakturering hos Fjordline Business. #employee",
                     "Skoler får nu egne priser og fakturering hos Fjordline Business. #employee",
                     "Scholen krijgen nu eigen prijzen en facturering bij Fjordline Business. #employee",
                     "Schools now get their own prices and invoicing with Fjordline Business. #employee")},
     5, "published"),
    ("customer-privacy", "/privacy/your-data", "How we protect your customer data", 4, {
        "linkedin": ("Så skyddar vi dina kunduppgifter: vad vi sparar, varför och hur länge. #employee",
                     "Slik beskytter vi kundedataene dine: hva vi lagrer, hvorfor og hvor lenge. #employee",
                     "Sådan beskytter vi dine kundedata: hvad vi gemmer, hvorfor og hvor længe. #employee",
                     "Zo beschermen we je klantgegevens: wat we bewaren, waarom en hoe lang. #employee",
                     "How we protect your customer data: what we keep, why and for how long. #employee"),
        "x": ("Så skyddar vi dina kunduppgifter #employee", "Slik beskytter vi kundedataene dine #employee",
              "Sådan beskytter vi dine kundedata #employee", "Zo beschermen we je klantgegevens #employee",
              "How we protect your customer data #employee")},
     3, "published"),
    ("store-openings", "/stores/black-week", "Black Week in our stores", 2, {
        "linkedin": ("Black Week: öppet till 21 i alla butiker. #employee",
                     "Black Week: åpent til 21 i alle butikker. #employee",
                     "Black Week: åbent til 21 i alle butikker. #employee",
                     "Black Week: alle winkels open tot 21 uur. #employee",
                     "Black Week: open until 9 pm in all stores. #employee")}, 40, "expired"),
    ("careers", "/careers/trainee", "Trainee programme 2026", 3, {
        "linkedin": ("Vårt traineeprogram 2026 öppnar för ansökningar i april. #employee",
                     "Traineeprogrammet vårt for 2026 åpner for søknader i april. #employee",
                     "Vores traineeprogram 2026 åbner for ansøgninger i april. #employee",
                     "Ons traineeprogramma 2026 gaat in april open voor sollicitaties. #employee",
                     "Our 2026 trainee programme opens for applications in April. #employee")}, 0, "in_review"),
]

NETWORK_MIX = [[("linkedin", 900), ("x", 300)], [("linkedin", 450), ("facebook", 220)],
               [("linkedin", 1300), ("instagram", 800)], [("linkedin", 250)],
               [("linkedin", 600), ("x", 1200), ("bluesky", 90)], [("facebook", 400), ("instagram", 650)]]


async def seed_demo(db: Database, outbox: Outbox, org: dict[str, Any], units: list[dict[str, Any]],
                    people: list[dict[str, Any]]) -> None:
    """Seeds Fjordline's programme once; does nothing when the organisation already has topics."""
    org_id = org["id"]
    by_name = {p["name"]: p for p in people}
    rng = random.Random(20250301)  # the same demo every time
    async with db.transaction() as session:
        if (await session.exec(select(Topic).where(Topic.org_id == org_id))).first() is not None:
            return
        await service.save_programme(session, outbox, org_id, ProgrammeUpdate(
            disclosure_text="#employee", disclosure_networks=[Network.linkedin, Network.x, Network.instagram],
            banned_terms=["guaranteed", "cheapest in Scandinavia", "free money"],
            allowed_link_domains=["fjordline.example"], sharing_start_hour=7, sharing_end_hour=22,
            daily_share_limit=5, earned_media_cpm_minor=8500, earned_media_cpc_minor=650,
            leaderboard_enabled=True))
        topics = {t.slug: await service.create_topic(session, org_id, t) for t in TOPICS}

        editor, approver = (by_name[n]["id"] for n in EDITORS)
        suggester = by_name.get("Frida Lund", by_name[EDITORS[0]])["id"]
        now = utcnow()
        posts = []
        for slug, path, title, priority, texts, age, state in POSTS:
            variants = [Variant(network=Network(n), locale=loc, text=t)
                        for n, texts_of in texts.items() for loc, t in zip(LOCALES, texts_of, strict=True)]
            window = {"starts_at": now - timedelta(days=age + 30), "expires_at": now - timedelta(days=1)} \
                if state == "expired" else {"expires_at": now + timedelta(days=60)}
            author = suggester if state == "in_review" else editor
            post = await service.create_post(session, org_id, author, frozenset({"learner"} if author == suggester
                                                                                else {"editor"}),
                                             PostCreate(topic_id=topics[slug].id, link=f"{SITE}{path}",
                                                        title=title, variants=variants, priority=priority,
                                                        **window))
            if state != "in_review":
                for action, who in (("submit", editor), ("approve", approver), ("publish", editor)):
                    await service.transition(session, outbox, post, action, who, frozenset({"editor"}))
                post.published_at = now - timedelta(days=age)
            posts.append((post, topics[slug]))

        names = [p["name"] for p in people if "ambassador" in p.get("roles", [])] + \
            [n for n in EXTRA_AMBASSADORS if n in by_name]
        ambassadors = []
        for index, name in enumerate(dict.fromkeys(names)):
            mix = NETWORK_MIX[index % len(NETWORK_MIX)]
            prefs = AmbassadorPreferences(
                networks=[NetworkAccount(network=Network(n), followers=f) for n, f in mix],
                topic_ids=[] if index % 3 else [topics["store-openings"].id, topics["careers"].id],
                digest_day=list(Weekday)[index % 5], digest_channel=DigestChannel.chat if index % 4 == 3
                else DigestChannel.email, leaderboard_opt_in=index % 2 == 0)
            ambassador, _ = await service.opt_in(session, outbox, org_id, by_name[name]["id"],
                                                 OptIn(consent=True, **prefs.model_dump()))
            ambassadors.append(ambassador)

        live = [(p, t) for p, t in posts if service.is_live(p, now) and not t.sensitive]
        for ambassador in ambassadors:
            for post, topic in rng.sample(live, k=min(len(live), rng.randint(1, 4))):
                networks = [a for a in ambassador.networks
                            if a["network"] in {v["network"] for v in post.variants}]
                if not networks:
                    continue
                account = rng.choice(networks)
                shared_at = now - timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 10))
                share = await service.record_share(session, outbox, post, topic, ambassador.person_id,
                                                   Network(account["network"]), int(account["followers"] or 0),
                                                   shared_at)
                for minute in range(rng.randint(0, 6)):
                    session.add(ClickMinute(share_id=share.id, org_id=org_id, clicks=rng.randint(1, 9),
                                            minute=(shared_at + timedelta(minutes=5 + 37 * minute))
                                            .replace(second=0, microsecond=0)))
