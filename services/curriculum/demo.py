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

# Every seeded text is in each of these (Fjordline is Nordic, with Dutch staff); tests/curriculum/test_demo.py
# walks what the seed wrote and names any text missing one.
LOCALES = ("en", "sv", "nb", "da", "nl")


@dataclass
class DemoQuestion:
    correct: list[int]  # indexes of the correct options
    texts: dict[str, tuple[str, list[str]]]  # locale -> (question, options in the same order in every locale)


@dataclass
class DemoModule:
    key: str
    phase: str
    texts: dict[str, tuple[str, str, str]]  # locale -> (title, summary, body)
    platforms: list[str] = field(default_factory=list)
    job_functions: list[str] = field(default_factory=list)
    competencies: list[str] = field(default_factory=list)
    minutes: int = 15
    quiz: list[DemoQuestion] = field(default_factory=list)


MODULES = [
    DemoModule("what-is-social", "foundations", {
        "en": ("What social media is - and is not",
               "Networks, feeds and why acting for Fjordline differs from acting as yourself.",
               "Having a Facebook account is not the same as mastering social media for work. This module covers "
               "how feeds rank posts, what a network effect is, and why a post by an employee is read as a post "
               "by Fjordline."),
        "sv": ("Vad sociala medier är - och inte är",
               "Nätverk, flöden och varför det är skillnad på att agera för Fjordline och som dig själv.",
               "Att ha ett Facebook-konto är inte detsamma som att behärska sociala medier i jobbet. Modulen går "
               "igenom hur flöden rangordnar inlägg, vad en nätverkseffekt är och varför en medarbetares inlägg "
               "läses som ett inlägg från Fjordline."),
        "nb": ("Hva sosiale medier er - og ikke er",
               "Nettverk, feeder og hvorfor det er forskjell på å opptre for Fjordline og som deg selv.",
               "Å ha en Facebook-konto er ikke det samme som å mestre sosiale medier i jobben. Modulen går gjennom "
               "hvordan feeder rangerer innlegg, hva en nettverkseffekt er, og hvorfor et innlegg fra en ansatt "
               "leses som et innlegg fra Fjordline."),
        "da": ("Hvad sociale medier er - og ikke er",
               "Netværk, feeds og hvorfor det er forskel på at handle for Fjordline og som dig selv.",
               "At have en Facebook-konto er ikke det samme som at mestre sociale medier i jobbet. Modulet "
               "gennemgår, hvordan feeds rangerer opslag, hvad en netværkseffekt er, og hvorfor et opslag fra en "
               "medarbejder læses som et opslag fra Fjordline."),
        "nl": ("Wat sociale media zijn - en wat niet",
               "Netwerken, tijdlijnen en waarom optreden voor Fjordline anders is dan optreden als jezelf.",
               "Een Facebook-account hebben is niet hetzelfde als sociale media beheersen in je werk. Deze module "
               "behandelt hoe tijdlijnen berichten rangschikken, wat een netwerkeffect is en waarom een bericht "
               "van een medewerker wordt gelezen als een bericht van Fjordline."),
    }, ["facebook", "linkedin", "instagram"], [], ["social-basics"], 10, [
        DemoQuestion([1], {
            "en": ("Who is a post by an employee about work read as coming from?",
                   ["Only the employee", "The employee and Fjordline"]),
            "sv": ("Vem läses ett inlägg om jobbet från en medarbetare som att det kommer från?",
                   ["Bara medarbetaren", "Medarbetaren och Fjordline"]),
            "nb": ("Hvem leses et innlegg om jobben fra en ansatt som at det kommer fra?",
                   ["Bare den ansatte", "Den ansatte og Fjordline"]),
            "da": ("Hvem læses et opslag om arbejdet fra en medarbejder, som om det kommer fra?",
                   ["Kun medarbejderen", "Medarbejderen og Fjordline"]),
            "nl": ("Van wie komt een bericht van een medewerker over het werk in de ogen van de lezer?",
                   ["Alleen van de medewerker", "Van de medewerker en van Fjordline"]),
        })]),
    DemoModule("platform-tour", "foundations", {
        "en": ("A tour of the platforms",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: who is there and what works.",
               "Each platform has its own audience and etiquette. Platforms also fade - remember MySpace - so "
               "this module is reviewed whenever a platform changes."),
        "sv": ("En rundtur bland plattformarna",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: vem finns där och vad fungerar.",
               "Varje plattform har sin egen publik och sina egna umgängesregler. Plattformar försvinner också - "
               "minns MySpace - så modulen ses över varje gång en plattform förändras."),
        "nb": ("En runde blant plattformene",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: hvem er der, og hva fungerer.",
               "Hver plattform har sitt eget publikum og sin egen tone. Plattformer forsvinner også - husk "
               "MySpace - så modulen gjennomgås hver gang en plattform endrer seg."),
        "da": ("En rundtur på platformene",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: hvem er der, og hvad virker.",
               "Hver platform har sit eget publikum og sin egen omgangstone. Platforme forsvinder også - husk "
               "MySpace - så modulet gennemgås, hver gang en platform ændrer sig."),
        "nl": ("Een rondleiding langs de platforms",
               "LinkedIn, Facebook, Instagram, X, TikTok, YouTube, Pinterest: wie zit waar en wat werkt.",
               "Elk platform heeft zijn eigen publiek en omgangsvormen. Platforms verdwijnen ook - denk aan "
               "MySpace - dus deze module wordt herzien zodra een platform verandert."),
    }, ["linkedin", "facebook", "instagram", "x", "tiktok", "youtube", "pinterest"], [], ["platform-knowledge"], 20, [
        DemoQuestion([0], {
            "en": ("Which platform suits B2B relationships best?", ["LinkedIn", "Snapchat", "Pinterest"]),
            "sv": ("Vilken plattform passar bäst för B2B-relationer?", ["LinkedIn", "Snapchat", "Pinterest"]),
            "nb": ("Hvilken plattform passer best for B2B-relasjoner?", ["LinkedIn", "Snapchat", "Pinterest"]),
            "da": ("Hvilken platform egner sig bedst til B2B-relationer?", ["LinkedIn", "Snapchat", "Pinterest"]),
            "nl": ("Welk platform past het best bij B2B-relaties?", ["LinkedIn", "Snapchat", "Pinterest"]),
        })]),
    DemoModule("why-it-matters", "foundations", {
        "en": ("Why it matters for the business",
               "From reach to revenue: what social media brings Fjordline, measured in kronor.",
               "We look at three cases: a store that doubled footfall with location check-ins, a web shop "
               "campaign on Pinterest, and a B2B deal that started with a LinkedIn comment."),
        "sv": ("Varför det spelar roll för affären",
               "Från räckvidd till intäkter: vad sociala medier ger Fjordline, mätt i kronor.",
               "Vi tittar på tre fall: en butik som fördubblade antalet besökare med incheckningar, en "
               "webbshopskampanj på Pinterest och en B2B-affär som började med en kommentar på LinkedIn."),
        "nb": ("Hvorfor det betyr noe for forretningen",
               "Fra rekkevidde til inntekter: hva sosiale medier gir Fjordline, målt i kroner.",
               "Vi ser på tre eksempler: en butikk som doblet antall besøkende med innsjekkinger, en "
               "nettbutikkampanje på Pinterest og en B2B-avtale som startet med en kommentar på LinkedIn."),
        "da": ("Hvorfor det betyder noget for forretningen",
               "Fra rækkevidde til omsætning: hvad sociale medier giver Fjordline, målt i kroner.",
               "Vi ser på tre eksempler: en butik, der fordoblede antallet af besøgende med check-ins, en "
               "webshopkampagne på Pinterest og en B2B-aftale, der begyndte med en kommentar på LinkedIn."),
        "nl": ("Waarom het ertoe doet voor het bedrijf",
               "Van bereik naar omzet: wat sociale media Fjordline opleveren, gemeten in kronen.",
               "We bekijken drie voorbeelden: een winkel die het aantal bezoekers verdubbelde met "
               "locatie-check-ins, een webwinkelcampagne op Pinterest en een B2B-deal die begon met een reactie op "
               "LinkedIn."),
    }, ["linkedin", "pinterest"], [], ["business-value"], 15),
    DemoModule("our-brands", "organisation", {
        "en": ("Fjordline's brands and channels",
               "Which brand speaks where: LinkedIn for B2B, Pinterest for the web shop, local pages for stores.",
               "Fjordline runs one corporate LinkedIn page, a web shop presence on Pinterest and Instagram, and a "
               "local Facebook page per store. Know which channel is yours before you post."),
        "sv": ("Fjordlines varumärken och kanaler",
               "Vilket varumärke talar var: LinkedIn för B2B, Pinterest för webbshoppen, lokala sidor för butikerna.",
               "Fjordline har en företagssida på LinkedIn, webbshoppen på Pinterest och Instagram och en lokal "
               "Facebooksida per butik. Vet vilken kanal som är din innan du publicerar."),
        "nb": ("Fjordlines merkevarer og kanaler",
               "Hvilken merkevare snakker hvor: LinkedIn for B2B, Pinterest for nettbutikken, lokale sider for "
               "butikkene.",
               "Fjordline har én bedriftsside på LinkedIn, nettbutikken på Pinterest og Instagram og en lokal "
               "Facebook-side per butikk. Vit hvilken kanal som er din før du publiserer."),
        "da": ("Fjordlines brands og kanaler",
               "Hvilket brand taler hvor: LinkedIn til B2B, Pinterest til webshoppen, lokale sider til butikkerne.",
               "Fjordline har én virksomhedsside på LinkedIn, webshoppen på Pinterest og Instagram og en lokal "
               "Facebook-side for hver butik. Vid, hvilken kanal der er din, før du poster."),
        "nl": ("De merken en kanalen van Fjordline",
               "Welk merk spreekt waar: LinkedIn voor B2B, Pinterest voor de webwinkel, lokale pagina's voor de "
               "winkels.",
               "Fjordline heeft één bedrijfspagina op LinkedIn, de webwinkel op Pinterest en Instagram, en een "
               "lokale Facebookpagina per winkel. Weet welk kanaal het jouwe is voordat je iets plaatst."),
    }, ["linkedin", "pinterest", "instagram", "facebook"], [], ["brand-knowledge"], 15),
    DemoModule("policy-explained", "organisation", {
        "en": ("The social media policy, explained",
               "What the policy asks of you, with examples - and where to go with sensitive topics.",
               "The policy in practice: speak for yourself, disclose your role, never share customer data, and "
               "route sensitive topics (incidents, politics, layoffs) to the comms team."),
        "sv": ("Policyn för sociala medier, förklarad",
               "Vad policyn kräver av dig, med exempel - och vart du vänder dig med känsliga ämnen.",
               "Policyn i praktiken: tala för dig själv, berätta vilken roll du har, dela aldrig kunddata och "
               "skicka känsliga ämnen (incidenter, politik, uppsägningar) vidare till kommunikationsteamet."),
        "nb": ("Retningslinjene for sosiale medier, forklart",
               "Hva retningslinjene krever av deg, med eksempler - og hvor du går med sensitive temaer.",
               "Retningslinjene i praksis: snakk for deg selv, si hvilken rolle du har, del aldri kundedata, og "
               "send sensitive temaer (hendelser, politikk, nedbemanning) videre til kommunikasjonsteamet."),
        "da": ("Retningslinjerne for sociale medier, forklaret",
               "Hvad retningslinjerne kræver af dig, med eksempler - og hvor du går hen med følsomme emner.",
               "Retningslinjerne i praksis: tal for dig selv, oplys din rolle, del aldrig kundedata, og send "
               "følsomme emner (hændelser, politik, afskedigelser) videre til kommunikationsteamet."),
        "nl": ("Het socialemediabeleid uitgelegd",
               "Wat het beleid van je vraagt, met voorbeelden - en waar je terechtkunt met gevoelige onderwerpen.",
               "Het beleid in de praktijk: spreek voor jezelf, vermeld je rol, deel nooit klantgegevens en stuur "
               "gevoelige onderwerpen (incidenten, politiek, ontslagen) door naar het communicatieteam."),
    }, [], [], ["policy"], 15, [
        DemoQuestion([1], {
            "en": ("A customer complains publicly about a data leak. What do you do?",
                   ["Answer with the details you know", "Thank them and route it to the comms team", "Ignore it"]),
            "sv": ("En kund klagar offentligt på en dataläcka. Vad gör du?",
                   ["Svarar med de detaljer du känner till",
                    "Tackar och skickar det vidare till kommunikationsteamet", "Ignorerar det"]),
            "nb": ("En kunde klager offentlig på en datalekkasje. Hva gjør du?",
                   ["Svarer med detaljene du kjenner til", "Takker og sender det videre til kommunikasjonsteamet",
                    "Ignorerer det"]),
            "da": ("En kunde klager offentligt over et datalæk. Hvad gør du?",
                   ["Svarer med de detaljer, du kender", "Takker og sender det videre til kommunikationsteamet",
                    "Ignorerer det"]),
            "nl": ("Een klant klaagt openlijk over een datalek. Wat doe je?",
                   ["Antwoorden met de details die je kent", "Bedanken en doorsturen naar het communicatieteam",
                    "Negeren"]),
        }),
        DemoQuestion([0, 2], {
            "en": ("Which are required when you post about work?",
                   ["Say that you work at Fjordline", "Share customer names", "Speak for yourself"]),
            "sv": ("Vad krävs när du skriver om jobbet?",
                   ["Berätta att du arbetar på Fjordline", "Dela kunders namn", "Tala för dig själv"]),
            "nb": ("Hva kreves når du skriver om jobben?",
                   ["Si at du jobber i Fjordline", "Dele kunders navn", "Snakke for deg selv"]),
            "da": ("Hvad kræves, når du skriver om arbejdet?",
                   ["Sige, at du arbejder hos Fjordline", "Dele kunders navne", "Tale for dig selv"]),
            "nl": ("Wat is verplicht als je over je werk post?",
                   ["Zeggen dat je bij Fjordline werkt", "Namen van klanten delen", "Voor jezelf spreken"]),
        })]),
    DemoModule("social-selling", "role", {
        "en": ("Social selling on LinkedIn",
               "Build a profile buyers trust, listen for signals, and start conversations that lead to meetings.",
               "Social selling is not spam. Optimise your profile for the buyer, follow accounts, comment with "
               "insight, and move to a direct message only when there is a reason."),
        "sv": ("Social selling på LinkedIn",
               "Bygg en profil som köpare litar på, lyssna efter signaler och inled samtal som leder till möten.",
               "Social selling är inte spam. Anpassa din profil efter köparen, följ konton, kommentera med insikt "
               "och gå över till ett direktmeddelande först när det finns en anledning."),
        "nb": ("Sosialt salg på LinkedIn",
               "Bygg en profil kjøpere stoler på, lytt etter signaler, og start samtaler som fører til møter.",
               "Sosialt salg er ikke spam. Tilpass profilen din til kjøperen, følg kontoer, kommenter med innsikt, "
               "og gå over til en direktemelding først når det er en grunn til det."),
        "da": ("Social selling på LinkedIn",
               "Byg en profil, som købere har tillid til, lyt efter signaler, og start samtaler, der fører til "
               "møder.",
               "Social selling er ikke spam. Tilpas din profil til køberen, følg konti, kommentér med indsigt, og "
               "gå først over til en direkte besked, når der er en grund."),
        "nl": ("Social selling op LinkedIn",
               "Bouw een profiel op dat kopers vertrouwen, let op signalen en begin gesprekken die tot afspraken "
               "leiden.",
               "Social selling is geen spam. Stem je profiel af op de koper, volg accounts, reageer met inzicht en "
               "stap pas over op een privébericht als daar een reden voor is."),
    }, ["linkedin"], ["sales"], ["social-selling"], 30, [
        DemoQuestion([1], {
            "en": ("When is a direct message appropriate?",
                   ["Straight after connecting", "When there is a shared reason to talk"]),
            "sv": ("När passar ett direktmeddelande?",
                   ["Direkt efter att ni har kopplats ihop", "När det finns en gemensam anledning att prata"]),
            "nb": ("Når passer det med en direktemelding?",
                   ["Rett etter at dere har koblet dere", "Når det finnes en felles grunn til å snakke"]),
            "da": ("Hvornår er en direkte besked passende?",
                   ["Lige efter, at I har forbundet jer", "Når der er en fælles grund til at tale sammen"]),
            "nl": ("Wanneer is een privébericht gepast?",
                   ["Meteen na het connecten", "Als er een gedeelde reden is om te praten"]),
        })]),
    DemoModule("service-on-social", "role", {
        "en": ("Customer service on Facebook, X and Messenger",
               "Answer fast and kindly in public, move details to private messages, and close the loop.",
               "Response time expectations, tone, when to take a case to Messenger, and how to log every case in "
               "the service system so product and marketing learn from it."),
        "sv": ("Kundservice på Facebook, X och Messenger",
               "Svara snabbt och vänligt offentligt, flytta detaljer till privata meddelanden och följ ärendet "
               "till slut.",
               "Förväntningar på svarstid, tonläge, när ett ärende ska flyttas till Messenger och hur varje ärende "
               "loggas i kundtjänstsystemet så att produkt och marknad lär sig av det."),
        "nb": ("Kundeservice på Facebook, X og Messenger",
               "Svar raskt og vennlig offentlig, flytt detaljer til private meldinger, og følg saken helt i mål.",
               "Forventninger til svartid, tone, når en sak skal flyttes til Messenger, og hvordan hver sak logges "
               "i kundeservicesystemet slik at produkt og markedsføring lærer av den."),
        "da": ("Kundeservice på Facebook, X og Messenger",
               "Svar hurtigt og venligt offentligt, flyt detaljer til private beskeder, og følg sagen til dørs.",
               "Forventninger til svartid, tone, hvornår en sag skal flyttes til Messenger, og hvordan hver sag "
               "registreres i kundeservicesystemet, så produkt og marketing lærer af den."),
        "nl": ("Klantenservice op Facebook, X en Messenger",
               "Antwoord snel en vriendelijk in het openbaar, verplaats details naar privéberichten en rond de zaak "
               "af.",
               "Verwachtingen over reactietijd, toon, wanneer je een zaak naar Messenger verplaatst en hoe je elke "
               "zaak vastlegt in het klantenservicesysteem, zodat product en marketing ervan leren."),
    }, ["facebook", "x", "messenger"], ["customer_service"], ["social-service"], 25, [
        DemoQuestion([1], {
            "en": ("Where do order details belong?", ["In the public reply", "In a private message"]),
            "sv": ("Var hör orderuppgifter hemma?", ["I det offentliga svaret", "I ett privat meddelande"]),
            "nb": ("Hvor hører ordredetaljer hjemme?", ["I det offentlige svaret", "I en privat melding"]),
            "da": ("Hvor hører ordredetaljer hjemme?", ["I det offentlige svar", "I en privat besked"]),
            "nl": ("Waar horen bestelgegevens thuis?", ["In het openbare antwoord", "In een privébericht"]),
        })]),
    DemoModule("feeding-cases-back", "role", {
        "en": ("Feeding social cases back into the organisation",
               "A complaint on X is also a product insight: tag it, route it, report it.",
               "How to tag cases, which team owns which kind of issue, and the weekly summary that reaches "
               "product and marketing."),
        "sv": ("Att föra tillbaka ärenden från sociala medier till organisationen",
               "Ett klagomål på X är också en produktinsikt: tagga det, skicka det vidare, rapportera det.",
               "Hur ärenden taggas, vilket team som äger vilken typ av fråga och den veckosammanfattning som når "
               "produkt och marknad."),
        "nb": ("Å føre saker fra sosiale medier tilbake til organisasjonen",
               "En klage på X er også en produktinnsikt: merk den, send den videre, rapporter den.",
               "Hvordan saker merkes, hvilket team som eier hvilken type sak, og den ukentlige oppsummeringen som "
               "når produkt og markedsføring."),
        "da": ("At føre sager fra sociale medier tilbage til organisationen",
               "En klage på X er også en produktindsigt: tag den, send den videre, rapportér den.",
               "Hvordan sager tagges, hvilket team der ejer hvilken slags sag, og det ugentlige resumé, der når "
               "produkt og marketing."),
        "nl": ("Zaken van sociale media terugkoppelen naar de organisatie",
               "Een klacht op X is ook productinzicht: label hem, stuur hem door, rapporteer hem.",
               "Hoe je zaken labelt, welk team welk soort probleem oppakt en de wekelijkse samenvatting die "
               "product en marketing bereikt."),
    }, ["x", "facebook"], ["customer_service"], ["case-routing"], 15),
    DemoModule("marketing-funnel", "role", {
        "en": ("Awareness, relationships and lead generation",
               "Plan content for each stage of the funnel and measure what moves people along.",
               "Awareness content, community management that builds relationships, and lead generation with "
               "clear calls to action - with the KPIs for each stage."),
        "sv": ("Kännedom, relationer och leadgenerering",
               "Planera innehåll för varje steg i tratten och mät vad som får människor att gå vidare.",
               "Innehåll som bygger kännedom, communityarbete som bygger relationer och leadgenerering med tydliga "
               "uppmaningar - med KPI:erna för varje steg."),
        "nb": ("Kjennskap, relasjoner og leadgenerering",
               "Planlegg innhold for hvert steg i trakten, og mål hva som får folk videre.",
               "Innhold som bygger kjennskap, community-arbeid som bygger relasjoner, og leadgenerering med "
               "tydelige handlingsoppfordringer - med KPI-ene for hvert steg."),
        "da": ("Kendskab, relationer og leadgenerering",
               "Planlæg indhold til hvert trin i tragten, og mål, hvad der får folk videre.",
               "Indhold, der skaber kendskab, community management, der bygger relationer, og leadgenerering med "
               "tydelige opfordringer til handling - med KPI'erne for hvert trin."),
        "nl": ("Naamsbekendheid, relaties en leadgeneratie",
               "Plan content voor elke fase van de funnel en meet wat mensen verder helpt.",
               "Content voor naamsbekendheid, communitymanagement dat relaties opbouwt en leadgeneratie met "
               "duidelijke calls-to-action - met de KPI's voor elke fase."),
    }, ["linkedin", "facebook", "instagram", "tiktok"], ["marketing"], ["content-strategy"], 30),
    DemoModule("product-integration", "role", {
        "en": ("Integrating social into products",
               "Share buttons, user-generated content and social login - done with privacy in mind.",
               "When a share button helps, how to invite reviews and photos from customers, and the consent and "
               "data rules that apply."),
        "sv": ("Sociala funktioner i produkterna",
               "Delningsknappar, användargenererat innehåll och social inloggning - med integriteten i åtanke.",
               "När en delningsknapp hjälper, hur du bjuder in kunder att lämna omdömen och bilder, och vilka "
               "regler för samtycke och data som gäller."),
        "nb": ("Sosiale funksjoner i produktene",
               "Delingsknapper, brukergenerert innhold og sosial innlogging - med personvernet i tankene.",
               "Når en delingsknapp hjelper, hvordan du inviterer kunder til å gi omtaler og bilder, og hvilke "
               "regler for samtykke og data som gjelder."),
        "da": ("Sociale funktioner i produkterne",
               "Delingsknapper, brugergenereret indhold og socialt login - med privatlivet for øje.",
               "Hvornår en delingsknap hjælper, hvordan du inviterer kunder til at give anmeldelser og billeder, og "
               "hvilke regler for samtykke og data der gælder."),
        "nl": ("Sociale functies in producten",
               "Deelknoppen, door gebruikers gemaakte content en social login - met oog voor privacy.",
               "Wanneer een deelknop helpt, hoe je klanten uitnodigt om reviews en foto's te delen, en welke "
               "regels voor toestemming en gegevens gelden."),
    }, ["facebook", "pinterest", "instagram"], ["product"], ["product-integration"], 20),
    DemoModule("kpis-from-traffic", "role", {
        "en": ("KPIs from traffic data",
               "From clicks and referrals to KPIs the leadership team can act on.",
               "Tag links consistently, separate organic from paid, attribute web shop revenue to social "
               "referrals and report the cost of the time spent."),
        "sv": ("KPI:er från trafikdata",
               "Från klick och hänvisningar till KPI:er som ledningen kan agera på.",
               "Tagga länkar konsekvent, skilj organiskt från betalt, koppla webbshoppens intäkter till trafik "
               "från sociala medier och redovisa kostnaden för tiden som läggs."),
        "nb": ("KPI-er fra trafikkdata",
               "Fra klikk og henvisninger til KPI-er ledelsen kan handle på.",
               "Merk lenker konsekvent, skill organisk fra betalt, knytt nettbutikkens inntekter til trafikk fra "
               "sosiale medier, og rapporter kostnaden for tiden som brukes."),
        "da": ("KPI'er fra trafikdata",
               "Fra klik og henvisninger til KPI'er, som ledelsen kan handle på.",
               "Tag links konsekvent, skil organisk fra betalt, henfør webshoppens omsætning til trafik fra "
               "sociale medier, og rapportér omkostningen ved den tid, der bruges."),
        "nl": ("KPI's uit verkeersgegevens",
               "Van kliks en verwijzingen naar KPI's waarop de directie kan handelen.",
               "Label links consequent, scheid organisch van betaald, wijs webwinkelomzet toe aan verwijzingen "
               "via sociale media en rapporteer de kosten van de bestede tijd."),
    }, ["linkedin", "facebook", "pinterest"], ["analytics"], ["social-analytics"], 25),
    DemoModule("recruiting-ambassador", "role", {
        "en": ("Being an ambassador when recruiting",
               "Show what working at Fjordline is like, answer candidates, and respect their privacy.",
               "Employer branding on LinkedIn and Instagram, inviting colleagues to share job posts voluntarily, "
               "and how to answer candidates' questions in public."),
        "sv": ("Ambassadör vid rekrytering",
               "Visa hur det är att arbeta på Fjordline, svara kandidater och respektera deras integritet.",
               "Arbetsgivarvarumärket på LinkedIn och Instagram, att bjuda in kollegor att frivilligt dela "
               "jobbannonser och hur du svarar på kandidaters frågor offentligt."),
        "nb": ("Ambassadør ved rekruttering",
               "Vis hvordan det er å jobbe i Fjordline, svar kandidater, og respekter personvernet deres.",
               "Arbeidsgivermerkevaren på LinkedIn og Instagram, å invitere kolleger til å dele "
               "stillingsannonser frivillig, og hvordan du svarer på kandidaters spørsmål offentlig."),
        "da": ("Ambassadør ved rekruttering",
               "Vis, hvordan det er at arbejde hos Fjordline, svar kandidater, og respektér deres privatliv.",
               "Employer branding på LinkedIn og Instagram, at invitere kolleger til frivilligt at dele jobopslag, "
               "og hvordan du svarer på kandidaters spørgsmål offentligt."),
        "nl": ("Ambassadeur bij werving",
               "Laat zien hoe het is om bij Fjordline te werken, beantwoord kandidaten en respecteer hun privacy.",
               "Employer branding op LinkedIn en Instagram, collega's uitnodigen om vacatures vrijwillig te delen "
               "en hoe je vragen van kandidaten in het openbaar beantwoordt."),
    }, ["linkedin", "instagram"], ["hr"], ["employer-branding"], 20),
    DemoModule("security-and-crises", "role", {
        "en": ("Security and the Facebook crisis lesson",
               "Account security, and why a well-meant defence of a campaign started a media storm.",
               "Two-factor authentication and shared accounts; then the case of an IT colleague who defended a "
               "campaign on Facebook and triggered a storm - and what routing it to comms would have changed."),
        "sv": ("Säkerhet och lärdomen från Facebookkrisen",
               "Kontosäkerhet, och varför ett välment försvar av en kampanj startade en mediestorm.",
               "Tvåfaktorsautentisering och delade konton; sedan fallet med en IT-kollega som försvarade en "
               "kampanj på Facebook och utlöste en storm - och vad det hade ändrat att lämna frågan till "
               "kommunikationsteamet."),
        "nb": ("Sikkerhet og lærdommen fra Facebook-krisen",
               "Kontosikkerhet, og hvorfor et velment forsvar av en kampanje startet en mediestorm.",
               "Tofaktorautentisering og delte kontoer; deretter saken om en IT-kollega som forsvarte en kampanje "
               "på Facebook og utløste en storm - og hva det ville ha endret å overlate saken til "
               "kommunikasjonsteamet."),
        "da": ("Sikkerhed og lærdommen fra Facebook-krisen",
               "Kontosikkerhed, og hvorfor et velment forsvar for en kampagne startede en mediestorm.",
               "Totrinsbekræftelse og delte konti; derefter sagen om en it-kollega, der forsvarede en kampagne på "
               "Facebook og udløste en storm - og hvad det ville have ændret at overlade sagen til "
               "kommunikationsteamet."),
        "nl": ("Beveiliging en de les van de Facebookcrisis",
               "Accountbeveiliging, en waarom een goedbedoelde verdediging van een campagne een mediastorm "
               "veroorzaakte.",
               "Tweestapsverificatie en gedeelde accounts; daarna het geval van een IT-collega die een campagne op "
               "Facebook verdedigde en een storm ontketende - en wat het had veranderd om het aan het "
               "communicatieteam over te laten."),
    }, ["facebook", "x"], ["it"], ["security", "crisis-handling"], 25, [
        DemoQuestion([1], {
            "en": ("A campaign is criticised on Facebook. You disagree with the critics. What now?",
                   ["Defend the campaign in the thread", "Tell the comms team and let them answer"]),
            "sv": ("En kampanj kritiseras på Facebook. Du håller inte med kritikerna. Vad gör du nu?",
                   ["Försvarar kampanjen i tråden", "Säger till kommunikationsteamet och låter dem svara"]),
            "nb": ("En kampanje kritiseres på Facebook. Du er uenig med kritikerne. Hva nå?",
                   ["Forsvarer kampanjen i tråden", "Sier fra til kommunikasjonsteamet og lar dem svare"]),
            "da": ("En kampagne bliver kritiseret på Facebook. Du er uenig med kritikerne. Hvad nu?",
                   ["Forsvarer kampagnen i tråden", "Siger det til kommunikationsteamet og lader dem svare"]),
            "nl": ("Een campagne krijgt kritiek op Facebook. Je bent het niet eens met de critici. Wat nu?",
                   ["De campagne verdedigen in de discussie", "Het communicatieteam inlichten en hen laten "
                                                              "antwoorden"]),
        })]),
    DemoModule("leading-social-teams", "leadership", {
        "en": ("Leading people who do social media",
               "Encourage without pressure, set expectations, and recognise good work.",
               "Ambassadorship is voluntary: pressure kills it. How to make sharing convenient, how to talk "
               "about private networks with tact, and how to follow up."),
        "sv": ("Att leda medarbetare som arbetar med sociala medier",
               "Uppmuntra utan press, sätt förväntningar och uppmärksamma bra arbete.",
               "Ambassadörskap är frivilligt: press dödar det. Hur du gör det enkelt att dela, hur du pratar om "
               "privata nätverk med takt och hur du följer upp."),
        "nb": ("Å lede medarbeidere som jobber med sosiale medier",
               "Oppmuntre uten press, sett forventninger, og anerkjenn godt arbeid.",
               "Ambassadørskap er frivillig: press dreper det. Hvordan du gjør det enkelt å dele, hvordan du "
               "snakker om private nettverk med takt, og hvordan du følger opp."),
        "da": ("At lede medarbejdere, der arbejder med sociale medier",
               "Opmuntr uden pres, sæt forventninger, og anerkend godt arbejde.",
               "Ambassadørskab er frivilligt: pres slår det ihjel. Hvordan du gør det nemt at dele, hvordan du "
               "taler om private netværk med takt, og hvordan du følger op."),
        "nl": ("Leidinggeven aan mensen die met sociale media werken",
               "Moedig aan zonder druk, stel verwachtingen en erken goed werk.",
               "Ambassadeurschap is vrijwillig: druk maakt het kapot. Hoe je delen makkelijk maakt, hoe je tactvol "
               "over privénetwerken praat en hoe je opvolgt."),
    }, ["linkedin", "facebook"], ["leadership"], ["leading-social"], 25),
    DemoModule("time-caps", "leadership", {
        "en": ("Setting time caps: how much is far too much?",
               "Caps over a period, not per day, and a short period of detailed reporting to decide on facts.",
               "One day can take all day, then 15 minutes for days. Set caps per week or month, run two weeks of "
               "detailed reporting of all communication work, and apply the 20/80 rule of thumb."),
        "sv": ("Tidstak: hur mycket är alldeles för mycket?",
               "Tak över en period, inte per dag, och en kort period av detaljerad rapportering för att besluta "
               "på fakta.",
               "En dag kan ta hela dagen, sedan 15 minuter i flera dagar. Sätt tak per vecka eller månad, låt allt "
               "kommunikationsarbete rapporteras i detalj under två veckor och tillämpa tumregeln 20/80."),
        "nb": ("Tidstak: hvor mye er altfor mye?",
               "Tak over en periode, ikke per dag, og en kort periode med detaljert rapportering for å bestemme ut "
               "fra fakta.",
               "Én dag kan ta hele dagen, deretter 15 minutter i flere dager. Sett tak per uke eller måned, la alt "
               "kommunikasjonsarbeid rapporteres i detalj i to uker, og bruk tommelfingerregelen 20/80."),
        "da": ("Tidslofter: hvor meget er alt for meget?",
               "Lofter over en periode, ikke pr. dag, og en kort periode med detaljeret rapportering for at "
               "beslutte ud fra fakta.",
               "Én dag kan tage hele dagen, derefter 15 minutter i flere dage. Sæt lofter pr. uge eller måned, lad "
               "alt kommunikationsarbejde blive rapporteret detaljeret i to uger, og brug tommelfingerreglen 20/80."),
        "nl": ("Tijdslimieten: hoeveel is veel te veel?",
               "Limieten over een periode, niet per dag, en een korte periode van gedetailleerde registratie om op "
               "feiten te beslissen.",
               "De ene dag kost het de hele dag, daarna dagenlang 15 minuten. Stel limieten per week of maand, laat "
               "twee weken lang al het communicatiewerk gedetailleerd registreren en pas de vuistregel 20/80 toe."),
    }, ["linkedin", "facebook"], ["leadership"], ["time-management"], 20),
    DemoModule("ambassador-practice", "role", {
        "en": ("Sharing as an ambassador",
               "Pick from the weekly suggestions, add your own words, and choose where to share.",
               "How the weekly digest works, why your own words matter, and how to handle comments on a share in "
               "your private network."),
        "sv": ("Att dela som ambassadör",
               "Välj bland veckans förslag, lägg till egna ord och välj var du delar.",
               "Hur veckobrevet fungerar, varför dina egna ord spelar roll och hur du hanterar kommentarer på en "
               "delning i ditt privata nätverk."),
        "nb": ("Å dele som ambassadør",
               "Velg blant ukens forslag, legg til egne ord, og velg hvor du deler.",
               "Hvordan ukebrevet fungerer, hvorfor dine egne ord betyr noe, og hvordan du håndterer kommentarer "
               "på en deling i ditt private nettverk."),
        "da": ("At dele som ambassadør",
               "Vælg blandt ugens forslag, tilføj dine egne ord, og vælg, hvor du deler.",
               "Hvordan ugebrevet fungerer, hvorfor dine egne ord betyder noget, og hvordan du håndterer "
               "kommentarer til en deling i dit private netværk."),
        "nl": ("Delen als ambassadeur",
               "Kies uit de wekelijkse suggesties, voeg je eigen woorden toe en kies waar je deelt.",
               "Hoe de wekelijkse nieuwsbrief werkt, waarom je eigen woorden ertoe doen en hoe je omgaat met "
               "reacties op een gedeeld bericht in je privénetwerk."),
    }, ["linkedin", "facebook", "instagram"], [], ["ambassadorship"], 20, [
        DemoQuestion([1], {
            "en": ("Is sharing the weekly suggestions required?", ["Yes, every week", "No, it is voluntary"]),
            "sv": ("Är det obligatoriskt att dela veckans förslag?", ["Ja, varje vecka", "Nej, det är frivilligt"]),
            "nb": ("Er det obligatorisk å dele ukens forslag?", ["Ja, hver uke", "Nei, det er frivillig"]),
            "da": ("Er det obligatorisk at dele ugens forslag?", ["Ja, hver uge", "Nej, det er frivilligt"]),
            "nl": ("Is het verplicht om de wekelijkse suggesties te delen?", ["Ja, elke week",
                                                                             "Nee, het is vrijwillig"]),
        })]),
    DemoModule("sensitive-topics", "role", {
        "en": ("Handling sensitive topics",
               "Incidents, politics, layoffs: recognise them and take them to the comms team.",
               "A checklist to recognise a sensitive topic, holding replies you may post, and the route to the "
               "comms team - with the Facebook crisis as the worked example."),
        "sv": ("Att hantera känsliga ämnen",
               "Incidenter, politik, uppsägningar: känn igen dem och ta dem till kommunikationsteamet.",
               "En checklista för att känna igen ett känsligt ämne, avvaktande svar som du får publicera och vägen "
               "till kommunikationsteamet - med Facebookkrisen som genomgånget exempel."),
        "nb": ("Å håndtere sensitive temaer",
               "Hendelser, politikk, nedbemanning: kjenn dem igjen, og ta dem til kommunikasjonsteamet.",
               "En sjekkliste for å kjenne igjen et sensitivt tema, foreløpige svar du kan publisere, og veien til "
               "kommunikasjonsteamet - med Facebook-krisen som gjennomgått eksempel."),
        "da": ("At håndtere følsomme emner",
               "Hændelser, politik, afskedigelser: genkend dem, og tag dem til kommunikationsteamet.",
               "En tjekliste til at genkende et følsomt emne, foreløbige svar, du må poste, og vejen til "
               "kommunikationsteamet - med Facebook-krisen som gennemgået eksempel."),
        "nl": ("Omgaan met gevoelige onderwerpen",
               "Incidenten, politiek, ontslagen: herken ze en breng ze naar het communicatieteam.",
               "Een checklist om een gevoelig onderwerp te herkennen, voorlopige antwoorden die je mag plaatsen en "
               "de route naar het communicatieteam - met de Facebookcrisis als uitgewerkt voorbeeld."),
    }, ["facebook", "x", "linkedin"], [], ["crisis-handling"], 20, [
        DemoQuestion([1, 2], {
            "en": ("Which of these are sensitive topics?", ["A store opening", "A data incident", "Layoffs"]),
            "sv": ("Vilka av dessa är känsliga ämnen?", ["En butiksöppning", "En dataincident", "Uppsägningar"]),
            "nb": ("Hvilke av disse er sensitive temaer?", ["En butikkåpning", "En datahendelse", "Nedbemanning"]),
            "da": ("Hvilke af disse er følsomme emner?", ["En butiksåbning", "En datahændelse", "Afskedigelser"]),
            "nl": ("Welke hiervan zijn gevoelige onderwerpen?", ["Een winkelopening", "Een data-incident",
                                                                "Ontslagen"]),
        })]),
]


@dataclass
class DemoTrack:
    key: str
    phase: str
    texts: dict[str, tuple[str, str]]  # locale -> (title, summary)
    module_keys: list[str]
    job_functions: list[str] = field(default_factory=list)
    certification: CertificationSpec | None = None


TRACKS = [
    DemoTrack("foundations", "foundations", {
        "en": ("Foundations of social media",
               "What social media is, the platforms, and why it matters. Optional: start where you are."),
        "sv": ("Grunderna i sociala medier",
               "Vad sociala medier är, plattformarna och varför det spelar roll. Frivilligt: börja där du är."),
        "nb": ("Grunnleggende om sosiale medier",
               "Hva sosiale medier er, plattformene og hvorfor det betyr noe. Frivillig: start der du er."),
        "da": ("Grundlæggende om sociale medier",
               "Hvad sociale medier er, platformene og hvorfor det betyder noget. Frivilligt: start, hvor du er."),
        "nl": ("De basis van sociale media",
               "Wat sociale media zijn, de platforms en waarom het ertoe doet. Vrijwillig: begin waar je bent."),
    }, ["what-is-social", "platform-tour", "why-it-matters"]),
    DemoTrack("organisation", "organisation", {
        "en": ("Fjordline on social media",
               "Our brands, divisions and channels, and the social media policy explained."),
        "sv": ("Fjordline i sociala medier",
               "Våra varumärken, divisioner och kanaler, och policyn för sociala medier förklarad."),
        "nb": ("Fjordline i sosiale medier",
               "Våre merkevarer, divisjoner og kanaler, og retningslinjene for sosiale medier forklart."),
        "da": ("Fjordline på sociale medier",
               "Vores brands, divisioner og kanaler, og retningslinjerne for sociale medier forklaret."),
        "nl": ("Fjordline op sociale media",
               "Onze merken, divisies en kanalen, en het socialemediabeleid uitgelegd."),
    }, ["our-brands", "policy-explained"]),
    DemoTrack("sales", "role", {
        "en": ("Social selling", "LinkedIn for B2B sales."),
        "sv": ("Social selling", "LinkedIn för B2B-försäljning."),
        "nb": ("Sosialt salg", "LinkedIn for B2B-salg."),
        "da": ("Social selling", "LinkedIn til B2B-salg."),
        "nl": ("Social selling", "LinkedIn voor B2B-verkoop."),
    }, ["social-selling"], ["sales"]),
    DemoTrack("customer_service", "role", {
        "en": ("Customer service on social", "Facebook, X and Messenger service, and feeding every case back."),
        "sv": ("Kundservice i sociala medier",
               "Service på Facebook, X och Messenger, och att föra tillbaka varje ärende."),
        "nb": ("Kundeservice i sosiale medier", "Service på Facebook, X og Messenger, og å føre hver sak tilbake."),
        "da": ("Kundeservice på sociale medier",
               "Service på Facebook, X og Messenger, og at føre hver sag tilbage."),
        "nl": ("Klantenservice op sociale media",
               "Service via Facebook, X en Messenger, en elke zaak terugkoppelen."),
    }, ["service-on-social", "feeding-cases-back"], ["customer_service"]),
    DemoTrack("marketing", "role", {
        "en": ("Marketing on social", "Awareness, relationships and lead generation."),
        "sv": ("Marknadsföring i sociala medier", "Kännedom, relationer och leadgenerering."),
        "nb": ("Markedsføring i sosiale medier", "Kjennskap, relasjoner og leadgenerering."),
        "da": ("Marketing på sociale medier", "Kendskab, relationer og leadgenerering."),
        "nl": ("Marketing op sociale media", "Naamsbekendheid, relaties en leadgeneratie."),
    }, ["marketing-funnel"], ["marketing"]),
    DemoTrack("product", "role", {
        "en": ("Social in our products", "Integrating social features into products."),
        "sv": ("Sociala funktioner i våra produkter", "Att bygga in sociala funktioner i produkterna."),
        "nb": ("Sosiale funksjoner i produktene våre", "Å bygge sosiale funksjoner inn i produktene."),
        "da": ("Sociale funktioner i vores produkter", "At bygge sociale funktioner ind i produkterne."),
        "nl": ("Sociaal in onze producten", "Sociale functies in producten integreren."),
    }, ["product-integration"], ["product"]),
    DemoTrack("analytics", "role", {
        "en": ("Measuring social", "KPIs from traffic data."),
        "sv": ("Att mäta sociala medier", "KPI:er från trafikdata."),
        "nb": ("Å måle sosiale medier", "KPI-er fra trafikkdata."),
        "da": ("At måle sociale medier", "KPI'er fra trafikdata."),
        "nl": ("Sociale media meten", "KPI's uit verkeersgegevens."),
    }, ["kpis-from-traffic"], ["analytics"]),
    DemoTrack("hr", "role", {
        "en": ("Recruiting on social", "Being an ambassador when recruiting."),
        "sv": ("Rekrytering i sociala medier", "Att vara ambassadör vid rekrytering."),
        "nb": ("Rekruttering i sosiale medier", "Å være ambassadør ved rekruttering."),
        "da": ("Rekruttering på sociale medier", "At være ambassadør ved rekruttering."),
        "nl": ("Werven via sociale media", "Ambassadeur zijn bij werving."),
    }, ["recruiting-ambassador"], ["hr"]),
    DemoTrack("it", "role", {
        "en": ("Security and crises", "Account security and the Facebook crisis lesson."),
        "sv": ("Säkerhet och kriser", "Kontosäkerhet och lärdomen från Facebookkrisen."),
        "nb": ("Sikkerhet og kriser", "Kontosikkerhet og lærdommen fra Facebook-krisen."),
        "da": ("Sikkerhed og kriser", "Kontosikkerhed og lærdommen fra Facebook-krisen."),
        "nl": ("Beveiliging en crises", "Accountbeveiliging en de les van de Facebookcrisis."),
    }, ["security-and-crises"], ["it"]),
    DemoTrack("leadership", "leadership", {
        "en": ("Leading on social media", "Leading people who do social media, and setting time caps."),
        "sv": ("Att leda i sociala medier",
               "Att leda medarbetare som arbetar med sociala medier, och att sätta tidstak."),
        "nb": ("Ledelse i sosiale medier", "Å lede medarbeidere som jobber med sosiale medier, og å sette tidstak."),
        "da": ("Ledelse på sociale medier",
               "At lede medarbejdere, der arbejder med sociale medier, og at sætte tidslofter."),
        "nl": ("Leidinggeven op sociale media",
               "Leidinggeven aan mensen die met sociale media werken, en tijdslimieten stellen."),
    }, ["leading-social-teams", "time-caps"], ["leadership"]),
    DemoTrack("ambassador", "role", {
        "en": ("Social media ambassador",
               "For volunteers who share Fjordline's content: policy, practice and sensitive topics."),
        "sv": ("Ambassadör i sociala medier",
               "För frivilliga som delar Fjordlines innehåll: policy, praktik och känsliga ämnen."),
        "nb": ("Ambassadør i sosiale medier",
               "For frivillige som deler Fjordlines innhold: retningslinjer, praksis og sensitive temaer."),
        "da": ("Ambassadør på sociale medier",
               "For frivillige, der deler Fjordlines indhold: retningslinjer, praksis og følsomme emner."),
        "nl": ("Socialemedia-ambassadeur",
               "Voor vrijwilligers die content van Fjordline delen: beleid, praktijk en gevoelige onderwerpen."),
    }, ["policy-explained", "ambassador-practice", "sensitive-topics"], [],
        CertificationSpec(key="social-media-ambassador", validity_days=365)),
    DemoTrack("sensitive", "role", {
        "en": ("Sensitive topics", "Recognise sensitive topics and route them to comms."),
        "sv": ("Känsliga ämnen", "Känn igen känsliga ämnen och lämna dem till kommunikationsteamet."),
        "nb": ("Sensitive temaer", "Kjenn igjen sensitive temaer, og overlat dem til kommunikasjonsteamet."),
        "da": ("Følsomme emner", "Genkend følsomme emner, og overlad dem til kommunikationsteamet."),
        "nl": ("Gevoelige onderwerpen", "Herken gevoelige onderwerpen en laat ze over aan het communicatieteam."),
    }, ["sensitive-topics"], [], CertificationSpec(key="sensitive-topics", validity_days=365)),
]

# locale -> (title, body in Markdown)
POLICY: dict[str, tuple[str, str]] = {
    "en": ("Fjordline social media policy", """# Fjordline social media policy

1. **Speak for yourself.** Say that you work at Fjordline when you post about work, and that views are yours.
2. **Protect people.** Never share customer, colleague or candidate data, photos without consent, or prices
   that are not public.
3. **Sensitive topics go to comms.** Incidents, politics, layoffs, legal matters: do not answer; alert the comms
   team in the #comms-desk channel.
4. **Voluntary means voluntary.** Nobody is asked to share on their private networks.
5. **Time.** Follow the time caps your leader sets; social media work is work and is reported as such.
"""),
    "sv": ("Fjordlines policy för sociala medier", """# Fjordlines policy för sociala medier

1. **Tala för dig själv.** Berätta att du arbetar på Fjordline när du skriver om jobbet, och att åsikterna är
   dina egna.
2. **Skydda människor.** Dela aldrig uppgifter om kunder, kollegor eller kandidater, bilder utan samtycke eller
   priser som inte är offentliga.
3. **Känsliga ämnen går till kommunikationsteamet.** Incidenter, politik, uppsägningar, juridiska frågor: svara
   inte; larma kommunikationsteamet i kanalen #comms-desk.
4. **Frivilligt betyder frivilligt.** Ingen ombeds att dela i sina privata nätverk.
5. **Tid.** Följ de tidstak din chef sätter; arbete i sociala medier är arbete och rapporteras som sådant.
"""),
    "nb": ("Fjordlines retningslinjer for sosiale medier", """# Fjordlines retningslinjer for sosiale medier

1. **Snakk for deg selv.** Si at du jobber i Fjordline når du skriver om jobben, og at synspunktene er dine
   egne.
2. **Beskytt mennesker.** Del aldri opplysninger om kunder, kolleger eller kandidater, bilder uten samtykke
   eller priser som ikke er offentlige.
3. **Sensitive temaer går til kommunikasjonsteamet.** Hendelser, politikk, nedbemanning, juridiske spørsmål:
   ikke svar; varsle kommunikasjonsteamet i kanalen #comms-desk.
4. **Frivillig betyr frivillig.** Ingen blir bedt om å dele i sine private nettverk.
5. **Tid.** Følg tidstakene lederen din setter; arbeid i sosiale medier er arbeid og rapporteres som det.
"""),
    "da": ("Fjordlines retningslinjer for sociale medier", """# Fjordlines retningslinjer for sociale medier

1. **Tal for dig selv.** Sig, at du arbejder hos Fjordline, når du skriver om arbejdet, og at holdningerne er
   dine egne.
2. **Beskyt mennesker.** Del aldrig oplysninger om kunder, kolleger eller kandidater, billeder uden samtykke
   eller priser, der ikke er offentlige.
3. **Følsomme emner går til kommunikationsteamet.** Hændelser, politik, afskedigelser, juridiske spørgsmål: svar
   ikke; giv kommunikationsteamet besked i kanalen #comms-desk.
4. **Frivilligt betyder frivilligt.** Ingen bliver bedt om at dele i deres private netværk.
5. **Tid.** Følg de tidslofter, din leder sætter; arbejde på sociale medier er arbejde og rapporteres som
   sådant.
"""),
    "nl": ("Socialemediabeleid van Fjordline", """# Socialemediabeleid van Fjordline

1. **Spreek voor jezelf.** Zeg dat je bij Fjordline werkt als je over je werk post, en dat de meningen je
   eigen zijn.
2. **Bescherm mensen.** Deel nooit gegevens van klanten, collega's of kandidaten, foto's zonder toestemming of
   prijzen die niet openbaar zijn.
3. **Gevoelige onderwerpen gaan naar communicatie.** Incidenten, politiek, ontslagen, juridische kwesties:
   reageer niet; waarschuw het communicatieteam in het kanaal #comms-desk.
4. **Vrijwillig is vrijwillig.** Niemand wordt gevraagd te delen in zijn of haar privénetwerk.
5. **Tijd.** Houd je aan de tijdslimieten die je leidinggevende stelt; werk op sociale media is werk en wordt
   ook zo geregistreerd.
"""),
}


def _quiz(spec: list[DemoQuestion]) -> QuizIn:
    return QuizIn.model_validate({"pass_mark": 75 if len(spec) > 1 else 100, "questions": [
        {"id": f"q{n}", "kind": "multiple" if len(q.correct) > 1 else "single",
         "text": {loc: text for loc, (text, _) in q.texts.items()},
         "options": [{"id": chr(97 + i), "text": {loc: options[i] for loc, (_, options) in q.texts.items()}}
                     for i in range(len(q.texts["en"][1]))],
         "correct": [chr(97 + i) for i in q.correct]}
        for n, q in enumerate(spec, start=1)]})


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
            content = {loc: ModuleContent(title=title, summary=summary, body=body)
                       for loc, (title, summary, body) in spec.texts.items()}
            module = await modules.create_module(session, org_id, ModuleCreate.model_validate({
                "content": content, "default_locale": "en", "phase": spec.phase, "platforms": spec.platforms,
                "job_functions": spec.job_functions, "competencies": spec.competencies,
                "estimated_minutes": spec.minutes}))
            if spec.quiz:
                await quizzes.set_quiz(session, module, _quiz(spec.quiz))
            await modules.publish_module(session, outbox, settings, module)
            module_ids[spec.key] = module.id
        for track_spec in TRACKS:
            contents = {loc: TrackContent(title=title, summary=summary)
                        for loc, (title, summary) in track_spec.texts.items()}
            functions = track_spec.job_functions
            track = await tracks.create_track(session, org_id, TrackCreate(
                content=contents, default_locale="en", phase=track_spec.phase,
                module_ids=[module_ids[m] for m in track_spec.module_keys], audience_job_functions=functions,
                certification=track_spec.certification))
            await tracks.set_track_status(session, track, "published")
            if track_spec.phase in ("role", "leadership") and functions:
                await assignments.create_rule(session, outbox, org_id, RuleCreate(
                    track_id=track.id, job_functions=functions, due_in_days=60))
            elif track_spec.key == "organisation":
                await assignments.create_rule(session, outbox, org_id, RuleCreate(track_id=track.id, due_in_days=30))
        await policy.create_policy(session, outbox, org_id, PolicyCreate(
            content={loc: PolicyContent(title=title, body=body) for loc, (title, body) in POLICY.items()},
            default_locale="en"))
