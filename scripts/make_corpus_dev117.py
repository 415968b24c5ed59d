#!/usr/bin/env python3
"""Write mailbot's dev117 corpus: tests/corpus/dev117/*.eml + expected.toml.

The angle: one ordinary month (October 2025) in the LinkedIn inbox of Alex Morgan, marketing
director at a consumer-goods company (snacks and iced tea; the brand "Brisa" appears in some
notes), in English, German, French, Spanish and Italian. The proportions are the ones such an
inbox really has: many invitations with LinkedIn's default text, no note or a one-line note;
many short sales notes from agencies (creative, media, influencer, UGC, sampling, POS, print,
SEO, production) and martech vendors (CDP, DAM, retail media, social listening, MMM, AI
content); a few but real good notes (a peer's question, a professor's student project, a trade
journalist, a headhunter with a real CMO role, a free peer roundtable, a real introduction);
now and then a hostile message or an endorse-back ask. Notes typed on phones (typos, missing
accents, abbreviations, emoji) sit beside formal ones. Every scenario of the taxonomy appears,
with a few spoofs, some other LinkedIn mail and some non-LinkedIn mail that mentions LinkedIn.

Stories that need a history (a re-invite months after a pitch, a bait followed by its switch)
start earlier, so that their last mail lands in the month.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, endorsement skills, job-alert titles,
other-mail subjects, headlines of spoof-only names and the pitches that spoofs carry are
swapped for a marketing director's world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev117.py              # writes tests/corpus/dev117
    python scripts/make_corpus_dev117.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20251017

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the month (this process only)
MONTH_LO = datetime(2025, 10, 1, 6, 0, tzinfo=timezone.utc)
MONTH_HI = datetime(2025, 10, 31, 20, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days (a step may still name its own gap)
cs.GAPS.update({"rem": (4, 9), "acc": (0, 0), "end": (1, 8), "msg": (2, 12), "inm": (2, 10), "inv": (100, 200)})


def _gap(step) -> tuple[int, int]:
    return step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]


def _story_window(steps) -> tuple[datetime, datetime]:
    """The span in which a story may begin so that its last mail falls inside the month."""
    lo_days = sum(_gap(s)[0] + 600 / 86400 for s in steps[1:])
    hi_days = sum(_gap(s)[1] + 40000 / 86400 for s in steps[1:])
    lo = MONTH_LO - timedelta(days=lo_days)
    hi = MONTH_HI - timedelta(days=hi_days)
    if hi <= lo:
        hi = lo + timedelta(hours=18)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    """A story's first mail in its window; spoofs, other mail and foreign mail anywhere in the month."""
    lo, hi = getattr(self, "story_window", None) or (MONTH_LO, MONTH_HI)
    self.story_window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_plain_story = cs.Stories.story


def _story_in_month(self, scenario, lang, name, headline, location, nl, steps):
    self.g.story_window = _story_window(steps)
    return _plain_story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_month

# ------------------------------------------------------------------ a marketing director's world (this process only)
RHEADLINE = {"en": "Marketing Director at Example Brands", "de": "Marketing Director bei Example Brands",
             "fr": "Directeur marketing chez Example Brands", "es": "Director de Marketing en Example Brands",
             "it": "Direttore Marketing presso Example Brands"}
SKILLS = {
    "en": ["Brand Management", "Marketing Strategy", "Consumer Insights", "FMCG", "Integrated Marketing", "Go-to-Market Strategy"],
    "de": ["Markenführung", "Marketingstrategie", "Consumer Insights", "FMCG", "Produkteinführung", "Trade Marketing"],
    "fr": ["Gestion de marque", "Stratégie marketing", "Connaissance consommateur", "Biens de grande consommation", "Lancement de produits"],
    "es": ["Gestión de marca", "Estrategia de marketing", "Gran consumo", "Conocimiento del consumidor", "Lanzamiento de productos"],
    "it": ["Brand management", "Strategia di marketing", "Largo consumo", "Consumer insight", "Lancio di nuovi prodotti"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Marketing Director", "Halden Foods"), ("Head of Brand (m/w/d)", "Sommerfeld Süßwaren"),
              ("Directeur marketing France", "Biscuiterie Lanvaux"), ("Directora de Marketing Iberia", "Bebidas Arrieta"),
              ("Responsabile Marketing Beverage", "Acque Valtellina"), ("Chief Marketing Officer", "Norrow Consumer Group")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"marketing director\"", "Your job alert for marketing director in {city}"),
           "news": "Are shoppers done with shrinkflation?", "group": "Top conversations in FMCG Marketing Leaders",
           "newsletter": "Shelf Life: why your brand needs fewer SKUs"},
    "de": {"job": ("{n} neue Jobs für „Marketing Director“", "Ihr Jobalarm für Marketing Director in {city}"),
           "news": "Handelsmarken wachsen weiter: Was heißt das für Markenartikler?", "group": "Top-Unterhaltungen in Markenartikel & Handel",
           "newsletter": "Markenwerk: Warum Relaunches so oft scheitern"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur marketing »", "Votre alerte emploi pour directeur marketing à {city}"),
           "news": "Négociations commerciales : les marques sous pression", "group": "Meilleures discussions dans Marketing PGC France",
           "newsletter": "Tête de gondole : le packaging qui parle"},
    "es": {"job": ("{n} empleos nuevos para «director de marketing»", "Tu alerta de empleo para director de marketing en {city}"),
           "news": "¿Está ganando la marca blanca la batalla del lineal?", "group": "Conversaciones destacadas en Marketing de Gran Consumo",
           "newsletter": "Lineal: cinco lanzamientos que sí funcionaron"},
    "it": {"job": ("{n} nuove offerte per «direttore marketing»", "La tua segnalazione di offerte per direttore marketing a {city}"),
           "news": "Il retail media cambia il largo consumo?", "group": "Conversazioni principali in Marketing Largo Consumo Italia",
           "newsletter": "A scaffale: il packaging che vende da solo"},
})
mc.COMPANIES["good"] = ["Halden Foods", "Sommerfeld Süßwaren", "Biscuiterie Lanvaux", "Bebidas Arrieta", "Acque Valtellina",
                        "Norrow Consumer Group", "Pastificio Valbrenta", "Alpenmolkerei"]
mc.COMPANIES["sales"] = ["Shelfie", "Probierwerk", "Datalys", "Pixelfarm", "BrandPulse", "Vectora AI", "Oakmoor Media", "Attribyte"]
mc.HEADLINES["good"] = ["Marketing Director at {co}", "Senior Brand Manager | {co}", "Head of Consumer Insight, {co}",
                        "Category Manager at {co}", "Trade Marketing Lead | {co}", "Head of Brand at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager at {co}", "Founder @ {co}",
                         "Partnerships | {co}", "Helping FMCG brands grow | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "lookalike:linkedin-mail.co", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've uploaded the final campaign assets for your review. Sign in with your LinkedIn details to open the folder.",
           "{first}, your LinkedIn Ads account has an overdue invoice. Update your card within 24 hours to keep your campaigns live."],
    "de": ["Hallo {first}, die finalen Kampagnenmotive liegen zur Freigabe bereit. Bitte mit Ihren LinkedIn-Daten anmelden.",
           "{first}, für Ihr LinkedIn-Ads-Konto ist eine Rechnung überfällig. Bitte aktualisieren Sie Ihre Zahlungsdaten innerhalb von 24 Stunden."],
    "fr": ["Bonjour {first}, les visuels définitifs de la campagne sont prêts. Connectez-vous avec vos identifiants LinkedIn pour les valider.",
           "{first}, une facture de votre compte LinkedIn Ads est impayée. Mettez à jour votre carte sous 24 heures."],
    "es": ["Hola {first}, te he subido las piezas finales de la campaña. Entra con tu usuario de LinkedIn para verlas.",
           "{first}, tu cuenta de LinkedIn Ads tiene una factura pendiente. Actualiza tu tarjeta en 24 horas para no pausar tus campañas."],
    "it": ["Ciao {first}, ti ho caricato i materiali definitivi della campagna. Accedi con le credenziali LinkedIn per aprirli.",
           "{first}, il tuo account LinkedIn Ads ha una fattura scaduta. Aggiorna la carta entro 24 ore per non sospendere le campagne."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Nadia Farouk", "Senior Brand Manager, Snacks | Halden Foods", "London",
  ("inv", "Hi Alex - saw your talk at the retail media day. We're about to move ~30% of trade spend into retail media and I'm nervous about "
          "incrementality. How did you measure it with the grocers? Happy to share our test design in return."),
  ("rem",), nl="en")
P("good_invitation", "de", "Jana Vosskuhl", "Professorin für Marketing | Hochschule Pforzheim", "Pforzheim",
  ("inv", "Guten Tag, im Wintersemester betreue ich ein Praxisprojekt mit 24 Masterstudierenden im Brand Management. Hätten Sie Interesse, "
          "eine echte Fragestellung Ihrer Marke einzubringen? Die Ergebnisse gehören Ihnen, Kosten entstehen keine."))
P("good_invitation", "fr", "Capucine Verdier", "Journaliste | Rayons & Marques", "Paris",
  ("inv", "Bonjour Alex, je prépare pour Rayons & Marques un dossier sur la shrinkflation et la façon dont les marques en parlent. "
          "Auriez-vous 20 minutes la semaine prochaine ? Je vous fais relire vos citations avant publication."),
  ("rem",))
P("good_invitation", "es", "Maite Urrutia", "Directora de Marketing | Conservas Galea", "Bilbao",
  ("inv", "hola alex! soy directora de mkt en Conservas Galea, coincidimos en el congreso de Aecoc. Tenemos un grupito de directores de marketing "
          "de gran consumo donde compartimos tarifas de medios y experiencias con agencias, sin proveedores. te apuntas?"))
P("good_invitation", "it", "Edoardo Piccinini", "Partner, Consumer & Retail | Morland Search", "Milano",
  ("inv", "Buongiorno Alex, seguo in esclusiva la ricerca del nuovo CMO Europa per un gruppo alimentare quotato (sede Milano, riporto al CEO). "
          "Il suo percorso nel beverage è molto pertinente. Posso inviarle la job description riservata?"))
P("good_invitation", "en", "Tomasz Wierzbicki", "Chair, Brand Owners Forum North | ex-CMO", "Manchester",
  ("inv", "Alex, we run a free quarterly roundtable for FMCG marketing directors: no sponsors, Chatham House. Next one is 13 Nov in Manchester "
          "on media inflation. Would be great to have you, the seat's yours if you want it."),
  ("rem",))


# =============================================================== default_invitation (default text, no note, or a one-liner)
P("default_invitation", "en", "Gary Pollard", "Sales Director | Brightloop Media", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sven Ohlendorf", "Account Manager | Influencer Marketing", "Hamburg", ("inv", NONOTE))
P("default_invitation", "fr", "Ludovic Aymard", "Consultant en stratégie digitale", "Bordeaux", ("inv", DEFAULT))
P("default_invitation", "es", "Paula Cifre", "Key Account Manager | Retail Media", "Valencia", ("inv", NONOTE), ("rem",))
P("default_invitation", "it", "Simona Cattaneo", "Marketing Specialist", "Bergamo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kayleigh Dunmore", "Growth Marketer | Storyteller | Coffee addict", "Bristol",
  ("inv", "Hi Alex, would love to connect! 🙂"))
P("default_invitation", "it", "Gabriele Zanon", "Digital Strategist", "Padova", ("inv", "ciao alex collegiamoci!"))
P("default_invitation", "fr", "Yanis Belhadj", "Étudiant en Master Marketing | IAE Lyon", "Lyon", ("inv", NONOTE))
P("default_invitation", "de", "Heiko Brammer", "Geschäftsführer | Brammer Verpackungsdesign", "Bielefeld",
  ("inv", "Hallo Alex, freue mich auf die Vernetzung. Gruß Heiko"))


# =============================================================== sales_invitation (short notes from agencies and martech)
P("sales_invitation", "en", "Ben Hartigan", "Founder | Shelfie – UGC for food & drink brands", "London",
  ("inv", "Hey Alex 👋 we make 50 UGC videos a month for CPG brands for less than one studio shoot costs you. Worth a 15 min look?"))
P("sales_invitation", "de", "Melanie Kurz", "Key Account Managerin | Probierwerk Sampling", "Köln",
  ("inv", "Hallo Alex, mit unseren Sampling-Boxen landen Ihre Produkte direkt in 200.000 Haushalten. Darf ich Ihnen unsere Mediadaten schicken?"),
  ("rem",))
P("sales_invitation", "fr", "Quentin Roche", "Growth @ Datalys CDP", "Nantes",
  ("inv", "Bjr Alex, on aide les marques PGC a unifier leurs donnees conso (CDP). 20 min pour une demo cette semaine ?"))
P("sales_invitation", "es", "Daniela Prieto", "Directora Comercial | Molotov Creativa", "Madrid",
  ("inv", "¡Hola Alex! Somos una agencia creativa independiente especializada en alimentación y bebidas. Nos encantaría presentarte "
          "nuestras credenciales de cara a vuestras campañas de 2026. ¿Tienes un hueco en noviembre?"))
P("sales_invitation", "it", "Riccardo Fumagalli", "Sales Manager | Pixelfarm Retail Media", "Milano",
  ("inv", "Buongiorno Alex, gestiamo gli schermi digitali in 1.400 punti vendita della GDO. Posso mandarle il listino per il primo trimestre?"),
  ("rem",))
P("sales_invitation", "en", "Rohan Mehta", "Head of Partnerships | BrandPulse Social Listening", "Dublin",
  ("inv", "Alex, quick one - which tool do you use for social listening today? We just helped a snack brand spot a packaging complaint trend "
          "3 weeks before the retailers did. Open to a demo?"))
P("sales_invitation", "de", "Kai Lindemann", "Amazon Ads & Retail Media | Agentur Rampenlicht", "Berlin",
  ("inv", "Hi Alex, kurze Frage: wer macht bei euch Amazon Ads? Wir senken den ACoS bei Food-Marken im Schnitt um 30%. Lust auf nen kurzen Call?"))
P("sales_invitation", "fr", "Sandrine Olivetti", "Directrice commerciale | Panel Conso Express", "Lille",
  ("inv", "Madame, Monsieur, notre institut réalise des études consommateurs en 72 heures, à partir de 3 900 € HT. Je serais heureuse de "
          "vous présenter notre offre lors d'un rendez-vous à votre convenance."))
P("sales_invitation", "en", "Jordi Puigvert", "CEO | Vectora AI – generative content for brands", "Barcelona",
  ("inv", "hola alex, con nuestra IA generamos todas las variantes de packshots y banners de una campaña en horas, no semanas. "
          "te enseño el caso de un cliente de bebidas? 10 min"), nl="es")
P("sales_invitation", "it", "Martina Colombo", "Business Developer | Allestimenti Fieristici", "Parma",
  ("inv", "ciao Alex! facciamo stand chiavi in mano x Cibus e Tuttofood, ci restano un paio di slot x maggio. ti giro il preventivo?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Declan Moriarty", "Founder | The CMO Collective", "Dublin",
  ("inv", "Alex, I'm pulling together a small peer group of FMCG marketing leaders: a monthly call, swapping what's working on media, "
          "no vendors in the room. Think you'd add a lot. Fancy joining?"),
  ("msg", "Great to have you in! Bit of housekeeping: membership is £3,500 a year, and it includes our agency-matching service (we shortlist "
          "and brief agencies for you). Shall I send the invoice to you or to procurement?", (3, 9)),
  ("msg", "Hi Alex, just chasing on the membership, the autumn cohort closes Friday. Happy to do a 20 min call to walk you through the "
          "agency matching if that's what's holding you back.", (4, 8)))
P("bait_and_switch_invitation", "de", "Ramona Teschke", "Host, Podcast „Marken mit Haltung“ | Markenberaterin", "Düsseldorf",
  ("inv", "Hallo Alex, ich mache einen Podcast über Markenführung im Lebensmittelhandel und würde Sie gern als Gast einladen: 30 Minuten, "
          "ganz locker, über Ihre Relaunch-Erfahrung. Hätten Sie Lust?"),
  ("msg", "Danke fürs Annehmen! Kurz zu den Rahmenbedingungen: Gastfolgen erscheinen bei uns im Paket „Thought Leadership“ für 1.900 € netto, "
          "inklusive Schnittfassungen für Social Media. Soll ich Ihnen das Angebot schicken?", (2, 7)))
P("bait_and_switch_invitation", "fr", "Arnaud Ferrandi", "Fondateur | Observatoire du Packaging Responsable", "Lyon",
  ("inv", "Bonjour Alex, nous publions chaque année une étude gratuite sur les emballages et la perception des consommateurs. "
          "Je serais ravi de vous envoyer l'édition 2025 en avant-première."),
  ("msg", "Merci pour la mise en relation ! Avant de vous envoyer l'étude, un mot sur nous : nous accompagnons les marques dans la refonte de "
          "leurs emballages (audit + design à partir de 12 k€). Un créneau de 30 minutes jeudi pour vous présenter notre approche ?", (2, 6)),
  ("msg", "Alex, je me permets de relancer pour notre rendez-vous. Nos créneaux de novembre partent vite.", (5, 10)))
P("bait_and_switch_invitation", "it", "Veronica Sala", "Community Lead | Marketing Largo Consumo Network", "Bologna",
  ("inv", "Ciao Alex! sto mettendo su una community di gente del marketing FMCG per scambiarci contatti e consigli, gratis. ti va di entrare? 🙌"),
  ("msg", "Eccoti!! Per attivare il profilo nella community c'è una quota di 49€/mese, e abbiamo anche un pacchetto visibilità per la tua "
          "azienda nella nostra newsletter (da 1.500€). Ti mando il link per pagare?", (2, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Hernán Saldívar", "Research Director | Insight Brands Lab", "Madrid",
  ("inm", "Estudio sobre propósito de marca",
   "Hola Alex, estamos entrevistando a 25 directores de marketing de gran consumo para un estudio sobre propósito de marca. Son 20 minutos "
   "y compartimos el informe final con todos los participantes. ¿Te animas?"),
  ("inm", "Re: Estudio sobre propósito de marca",
   "Gracias por tu respuesta, Alex. Aparte del estudio, ofrecemos un workshop de definición de propósito para equipos de marketing "
   "(8.500 € + IVA) y, como participante, tendrías un 15 % de descuento. ¿Agendamos una llamada esta semana?", (3, 8)),
  ("inm", "Re: Re: Estudio", "Alex, ¿pudiste ver lo del workshop? El descuento lo mantenemos hasta fin de mes.", (4, 9)))
P("bait_and_switch_inmail", "en", "Chloe Fairbairn", "Awards Director | Brand Impact Awards Europe", "London",
  ("inm", "Brisa relaunch – Brand Impact Awards",
   "Dear Alex, your Brisa relaunch has come to the attention of our judging panel and we would like to consider it for this year's "
   "Brand Impact Awards. Could you confirm you're happy for the campaign to be considered?"),
  ("inm", "Next steps – your entry",
   "Thanks Alex, wonderful. To complete the nomination the entry fee is €1,450 per category (most brands enter three), and finalists can "
   "add our sponsored winners' feature from €4,900. Shall I raise the invoice to you directly?", (3, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Dennis Wolter", "Freelance Social Media Manager | Content | TikTok", "Leipzig",
  ("end",), ("end",),
  ("msg", "Hey Alex, hab dich für {skill} bestätigt 👍 Magst du mir auch ein paar Skills bestätigen? Vor allem Content Creation und "
          "TikTok Ads, bin grad auf Projektsuche. Danke dir!"))
P("endorse_me_back", "fr", "Manon Lacaze", "Chargée de communication | Freelance RP & événementiel", "Toulouse",
  ("end",),
  ("msg", "Bonjour Alex, j'ai validé votre compétence {skill}, bien méritée ! Si vous avez deux minutes, pourriez-vous valider les miennes "
          "en relations presse et en événementiel ? Ça m'aiderait beaucoup pour mes candidatures."))
P("endorse_me_back", "en", "Craig Budd", "Sales Consultant | Print & POS", "Birmingham",
  ("end",), ("end",),
  ("msg", "alex mate, endorsed u for {skill} and a couple others, return the favour? need a few more on Negotiation and Account Management lol. cheers"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Lance Whitby", "CEO | Viralnest Influencer Agency", "Manchester",
  ("inv", "Alex - we've got 4,000 micro-influencers in food & drink ready to go. Can I show you what we did for a crisps brand? 15 mins."),
  ("rem",),
  ("inm", "Seriously?",
   "Sent you a genuine offer twice and you couldn't even be bothered to say no. Big-brand marketers like you are exactly why this "
   "industry is so arrogant. Enjoy your shrinking market share."))
P("hostility_after_decline", "it", "Fabio Serra", "Consulente Marketing & Vendite", "Cagliari",
  ("inv", DEFAULT),
  ("inm", "ok ho capito",
   "scusa ma chi ti credi di essere? ti ho chiesto un collegamento, mica un rene. tanta puzza sotto il naso per chi vende patatine"))
P("hostility_after_decline", "es", "Ricardo Baeza", "Director | Baeza Producciones Audiovisuales", "Sevilla",
  ("inv", "Hola Alex, producimos spots y contenidos para marcas de alimentación con presupuestos ajustados. ¿Te puedo enviar nuestro reel?"),
  ("inm", "Sin respuesta",
   "Alex, veo que has rechazado mi invitación. Solo te diré que así no se trata a los proveedores: ni un «no, gracias». "
   "Una falta de educación impropia de un puesto como el tuyo."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Oliver Brandstätter", "Inhaber | Brandstätter Promotion & POS", "Nürnberg",
  ("msg", "Hallo Alex, für Ihre Herbstaktion im LEH könnten wir die Zweitplatzierungsdisplays liefern: Kartonaufsteller ab 1.000 Stück "
          "für 14,90 € pro Stück. Soll ich Ihnen ein Muster schicken?"),
  ("msg", "Hallo Alex, noch mal wegen der Displays: Der Preis gilt bis Monatsende.", (4, 9)),
  ("msg", "Drei Nachrichten, keine Antwort. Ich dachte, man vernetzt sich, um miteinander zu reden. Offenbar hält man sich bei "
          "Example Brands für etwas Besseres. Schwach.", (5, 10)))
P("hostility_connection", "fr", "Hugo Delattre", "Directeur associé | Agence Pulpe", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme on se l'était dit au salon, je vous envoie notre présentation d'agence : on serait ravis "
          "d'être consultés sur Brisa pour 2026."),
  ("msg", "Vous m'invitez, je vous envoie une proposition travaillée, et plus rien ? C'est d'un mépris... Je retiens la leçon, "
          "et je ne serai pas le seul.", (6, 12)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Harriet Vance", "Client Partner | Oakmoor Media", "London",
  ("msg", "Hi Alex, hope Q4 is treating you kindly! We've got premium CTV inventory opening up around the Christmas ad window. "
          "Keen to get Brisa on the plan? Can send rates today."),
  ("msg", "Alex - CTV rates go up on 1 Dec, want me to hold some impressions at current CPMs?", (3, 8)),
  ("msg", "Last nudge from me: I can add a 10% added-value package if we sign by Friday.", (3, 8)))
P("connection_only_pitches", "es", "Nacho Villalobos", "Fundador | Lumbre Digital – SEO y SEM para marcas", "Málaga",
  ("msg", "alex que tal! te hago una auditoria seo gratis de la web de vuestra marca y te digo cuanto trafico estais perdiendo, luego ya "
          "vemos si quereis que lo llevemos nosotros"),
  ("msg", "Buenas Alex, ¿viste lo de la auditoría? Tenemos planes mensuales desde 1.200 €/mes, ¿te mando propuesta?", (4, 10)))
P("connection_only_pitches", "it", "Paolo Bertoldi", "Account Director | Tipografia Bertoldi – packaging e materiali POP", "Vicenza",
  ("msg", "Buongiorno Alex, per le vostre confezioni regalo di Natale possiamo stampare in 10 giorni lavorativi. Le mando un preventivo?"),
  ("msg", "Alex, la ricontatto per il preventivo di cartotecnica: abbiamo ancora capacità macchina a novembre, poi chiudiamo il calendario.", (5, 11)))


# =============================================================== single_pitch
P("single_pitch", "fr", "Élise Carmaux", "Account Manager | Spotlite DAM", "Paris",
  ("msg", "Bonjour Alex, vos équipes perdent-elles du temps à chercher les bons visuels produits ? Notre DAM centralise tout pour les marques "
          "et leurs distributeurs. Je vous propose une démo de 20 minutes, quand cela vous arrange."))
P("single_pitch", "de", "Timo Hackl", "Sales | Eventlocations München", "München",
  ("msg", "Servus Alex, falls ihr für die Weihnachtsfeier noch ne Location sucht: am 12.12. ist bei uns kurzfristig was frei, bis 150 Pers. "
          "Soll ich dir ein Angebot machen?"))
P("single_pitch", "en", "Sunil Kapoor", "VP Sales EMEA | Attribyte Marketing Mix Modelling", "London",
  ("msg", "Alex, with cookies gone and retail media exploding, MMM is back. We run always-on MMM for CPG brands at a fraction of consultancy "
          "prices. Would a 20-min walkthrough be worth your time next week?"))
P("single_pitch", "es", "Carla Benítez", "Ejecutiva de cuentas | Regalo Promocional", "Zaragoza",
  ("msg", "¡Hola Alex! Para vuestras acciones en punto de venta tenemos tote bags y botellas personalizadas con entrega en 7 días. "
          "¿Te paso catálogo y precios?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Lucia Ferrante", "Marketing Director | Pastificio Valbrenta", "Treviso",
  ("msg", "Ciao Alex, come promesso ti giro i risultati del nostro test sugli schermi in cassa: +4% di vendite solo nei punti vendita con "
          "promo attiva, effetto nullo senza. Il deck è su Drive, usalo pure con il tuo team. Se passi da Milano ne parliamo davanti a un caffè."),
  ("msg", "Dimenticavo: il 21 c'è l'incontro gratuito dell'associazione inserzionisti sulla misurazione, io ci vado. Ti tengo un posto?", (1, 5)))
P("connection_brings_value", "en", "Marcus Adeyemi", "Head of Consumer Insight | ex-Kantar", "Bristol",
  ("msg", "Alex, that question you asked about regional snack spend at the breakfast: I dug out the ONS family spending tables that split it "
          "by region, link's in here. No strings. Happy to point your analyst to the right tabs if that helps."))
P("connection_brings_value", "de", "Katrin Ebner", "Marketingleiterin | Alpenmolkerei", "Rosenheim",
  ("end",),
  ("msg", "Hallo Alex, wir suchen für unser Trainee-Programm noch eine Marke, bei der unsere Trainees zwei Wochen hospitieren können, und "
          "nehmen im Gegenzug gern Ihre Leute bei uns auf. Kostet nichts, ist ein Tausch. Hätten Sie Interesse?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Bettina Kranich", "Partnerin | Kranich Executive Search, Consumer Goods", "Köln",
  ("inm", "Vertraulich: CMO DACH – Markenartikler",
   "Guten Tag, wir begleiten exklusiv die Besetzung der Position Chief Marketing Officer DACH bei einem familiengeführten "
   "Süßwarenhersteller (rund 900 Mio. € Umsatz, Raum Köln). Ihr Werdegang passt sehr gut. Wären Sie offen für ein vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Pauline Arnoux", "Talent Acquisition Lead | Biscuiterie Lanvaux", "Lyon",
  ("inm", "Poste : Directeur·rice Marketing Europe",
   "Bonjour Alex, je recrute en direct pour Biscuiterie Lanvaux un·e Directeur·rice Marketing Europe (CDI, Lyon, deux jours de télétravail). "
   "Votre expérience des relancements de marque nous intéresse beaucoup. Seriez-vous disponible pour un premier échange de 30 minutes ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brandt", "SDR | Cartwheel Retail Media Cloud", "Manchester",
  ("inm", "Alex, idea for Brisa",
   "Hi Alex, noticed Brisa is listed at Tesco and Ocado. Most CPG brands we speak to can't see retail media ROAS across retailers in one "
   "place. Cartwheel does exactly that. Worth 15 mins?"),
  ("inm", "bumping this", "Hi Alex, bumping this to the top of your inbox 🙂 Any interest in a quick demo?", (4, 9)))
P("stranger_inmail_sales", "it", "Serena Vitale", "Sales Executive | Fotostudio Lume", "Torino",
  ("inm", "Still life per i vostri prodotti",
   "Buongiorno, realizziamo foto still life e packshot per e-commerce a 35 € a scatto, consegna in 48 ore. Se vuole le mando portfolio e listino."))
P("stranger_inmail_sales", "de", "Philipp Nowak", "Enterprise Account Executive | Clevercopy KI-Texte", "Berlin",
  ("inm", "Produkttexte in Minuten",
   "Hallo Alex, Ihre Produktbeschreibungen für Amazon und den eigenen Shop in sechs Sprachen, per KI in Minuten statt Wochen. "
   "Darf ich Ihnen das an einem Beispiel Ihrer Marke zeigen?"))
P("stranger_inmail_sales", "es", "Lorena Quesada", "Key Account | Panel de Consumidores Ágora", "Madrid",
  ("inm", "Propuesta de estudio de mercado",
   "Estimado Alex: le escribo para presentarle nuestros estudios ad hoc con panel propio de 60.000 consumidores en España. Podemos "
   "enviarle una propuesta sin compromiso para su próximo lanzamiento."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Fiona Larkin", "Brand Strategist | Visiting Lecturer | ex-drinks", "London",
  ("inv", "Hi Alex, I'm writing a free teardown of 10 FMCG relaunches for an MA module I teach, and Brisa's 2024 relaunch is one of them. "
          "Could I send you the draft so you can correct anything I got wrong?"),
  ("msg", "Thanks Alex! Here's the draft teardown. Feel free to share it with your team, and tell me if any numbers are off."),
  ("msg", "Hi Alex, now you've seen how I think about relaunches: I'm taking on two brand strategy retainers for 2026 (from £6k a month). "
          "Would you consider me for the next phase of Brisa?", (6, 12)))
P("good_turns_ugly", "es", "Gonzalo Arias", "Brand Manager | Aceites Sierra Mágina", "Jaén",
  ("inv", "hola alex, soy brand manager en una marca de aceite y estoy empezando. me dejas preguntarte como organizais el calendario de "
          "promos con la gran distribucion? me vendria genial tu opinion"),
  ("msg", "mil gracias por la llamada del martes, me aclaró muchísimo. te paso el excel de calendario que montamos con tus ideas, por si te sirve de vuelta"),
  ("end",),
  ("msg", "Oye Alex, te he validado en {skill} 😊 ¿Me validarías tú Trade Marketing y Category Management? En enero tengo evaluación y "
          "en RRHH miran LinkedIn, aunque parezca mentira.", (1, 4)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Grégory Tissier", "Business Developer | Ciblo – leads consommateurs", "Marseille",
  ("inv", "Bonjour Alex, nous générons des leads consommateurs qualifiés (opt-in) pour les marques alimentaires, à partir de 0,80 € le contact. On en parle ?"),
  ("inv", "Bonjour Alex, je vois que nous avons plusieurs relations en commun dans l'agroalimentaire. Au plaisir d'échanger !", (130, 150)))
P("reinvite_known_bad", "de", "Sabrina Pötzl", "Sales | Digital Signage für den Handel", "Linz",
  ("inm", "Digital Signage am Regal",
   "Hallo Alex, mit unseren Regal-Displays erhöhen Markenhersteller den Abverkauf am PoS um bis zu 18 %. Passt ein kurzer Termin nächste Woche?"),
  ("inv", "Hallo Alex, vielleicht haben Sie meinen Beitrag zur Anuga gesehen. Würde mich freuen, wenn wir uns vernetzen.", (120, 140)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Jared Coomes", "Growth Partner | Amplio Ads", "Leeds",
  ("inv", "Alex! we scale food brands on Meta with UGC ads, 3.1x avg ROAS. open to a call?"),
  ("inm", "Ignored, huh", "You corporate marketers wonder why DTC startups are eating your lunch. Maybe try answering people once in a while.", (10, 16)),
  ("inv", "Hi Alex, fresh start? I've got a few insights on the snack category you might find useful. Let's connect.", (135, 150)))
P("reinvite_known_ugly", "it", "Davide Orlandi", "Founder | Club dei Brand Manager", "Milano",
  ("inm", "Club dei Brand Manager",
   "Buongiorno Alex, la invito a far parte del Club dei Brand Manager: incontri mensili tra responsabili marketing del largo consumo, "
   "senza fornitori. Si entra solo su invito."),
  ("inm", "Benvenuto nel Club",
   "Perfetto, ne sono lieto! La quota associativa annuale è di 2.200 € + IVA e comprende un audit di marca con il nostro team di consulenti. "
   "Le mando il modulo di adesione?", (3, 8)),
  ("inv", "Buongiorno Alex, mi farebbe piacere averla tra i miei contatti. Spero di rivederla presto a qualche evento.", (120, 140)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Rebecca Thorne", "Business Director | Foxglove Creative", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex, lovely to meet you at the Marketing Society dinner. As promised, here are our creds. If Brisa ever "
          "goes to pitch we'd love a shot. Coffee in the new year?"))
P("user_invited_pitch_once", "de", "Moritz Aigner", "Co-Founder | Shelfscan Regal-Analytics", "München",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Wie auf der Messe besprochen: Unser Regalerkennungs-Tool kostet für 50 Märkte 2.400 € im Monat, "
          "ein Pilot wäre ab Januar möglich. Wann passt ein Termin mit Ihrem Trade Marketing?"))
P("user_invited_pitch_once", "it", "Noemi Galli", "Talent Manager | Sbam Creators", "Milano",
  ("acc",),
  ("msg", "grazie x il collegamento Alex!! come ti dicevo abbiamo 3 food creator top per il lancio del nuovo gusto, ti mando le rate card?? 😍"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Beatriz Solana", "Directora de Cuentas | Medios Zenital", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te dejo nuestra propuesta de exterior para la campaña de verano: 1.200 mupis en Madrid y Barcelona "
          "con un 20 % de descuento sobre tarifa."),
  ("msg", "Hola Alex, ¿pudiste ver la propuesta de exterior? Si firmamos antes del 15 mantenemos el descuento.", (4, 9)))
P("user_invited_pitch_twice", "fr", "Olivier Brachet", "Key Account Manager | Printlab Emballages", "Reims",
  ("acc",),
  ("msg", "Merci Alex pour l'ajout ! Suite à notre échange au salon de l'emballage, voici notre grille tarifaire pour les étuis carton."),
  ("msg", "Re-bonjour Alex, avez-vous pu regarder nos tarifs ? Je peux passer à vos bureaux avec des échantillons la semaine prochaine.", (5, 10)))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Ingo Sattler", "Professor für Marketing | Universität Mannheim", "Mannheim",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung, Alex. Wie am Rande der Tagung besprochen, hier der Link zu unserer Studie über Preisbewusstsein "
          "bei Snacks, frei verfügbar. Wenn Ihr Team mag, stellen wir die Ergebnisse gern kostenlos bei Ihnen vor."))
P("user_invited_value", "it", "Ilaria Vianello", "Brand Manager | Torrefazione Vianello", "Venezia",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta! Come promesso ti presento Marco Ruggeri, buyer di una catena di bar in Veneto che cerca proprio "
          "bevande fredde come le vostre. Se ti va vi metto in contatto per email."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Hollie Grant", "Category Director | Halden Foods", "Leeds", ("acc",))
P("acceptance_only", "es", "Miguel Ángel Sanz", "Director Comercial | Bebidas Arrieta", "Logroño", ("acc",))
P("lone_endorsement", "fr", "Romain Pellerin", "Chef de produit | Biscuiterie Lanvaux", "Nantes", ("end",))
P("lone_endorsement", "it", "Giorgia Tosi", "Trade Marketing Specialist", "Bologna", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Tomasz Wierzbicki", "tomasz@brandownersforum.example", "Roundtable 13 Nov – media inflation",
     "Hi Alex,\n\nI sent you a LinkedIn request too, but in case it got buried: the roundtable is on 13 November, 8:30, Manchester. "
     "No sponsors, no slides.\n\nBest,\nTomasz", "en"),
    ("Corporate Communications", "comms@examplebrands.example", "Please share: our Brisa relaunch post on LinkedIn",
     "Dear colleagues,\n\nour relaunch post is live on the company LinkedIn page. Please like and share it from your own profiles today.", "en"),
    ("Julia Hengst", "julia.hengst@examplebrands.example", "Freigabe LinkedIn-Post Herbstkampagne",
     "Hallo Alex,\n\nanbei der Entwurf für den LinkedIn-Post zur Herbstkampagne. Kannst du bis morgen freigeben?\n\nDanke!\nJulia", "de"),
    ("HR Deutschland", "hr.de@examplebrands.example", "Social-Media-Leitlinien: LinkedIn",
     "Liebe Kolleginnen und Kollegen,\n\nbitte beachtet die neuen Leitlinien: Keine vertraulichen Launch-Termine auf LinkedIn posten.", "de"),
    ("Agence Clairon RP", "contact@clairon-rp.example", "Revue de presse : relancement Brisa",
     "Bonjour Alex,\n\nvoici la revue de presse de la semaine. Le communiqué a aussi été repris sur LinkedIn par trois titres spécialisés.", "fr"),
    ("Foro Marketing Gran Consumo", "acreditaciones@foromgc.example", "Tu acreditación – Foro de Marketing de Gran Consumo",
     "Hola Alex,\n\naquí tienes tu acreditación para el 6 de noviembre. Síguenos en LinkedIn para el programa definitivo.", "es"),
    ("Chiara Roversi", "chiara.roversi@examplebrands.example", "post LinkedIn nuova campagna",
     "Ciao Alex,\n\nti ho messo in allegato le tre versioni del post LinkedIn per la campagna d'autunno. Quale preferisci?\n\nChiara", "it"),
    ("Buffer", "hello@buffer-notify.example", "Your scheduled post was published on LinkedIn",
     "Your post \"Brisa is back, with less sugar\" was published to Example Brands on LinkedIn. 1,204 impressions in the first hour.", "en"),
    ("Sam Okoro", "sam.okoro@examplebrands.example", "Fwd: I want to connect",
     "Alex, did this one reach you too? Looks like the same influencer agency is hitting everyone on the team.\n\n"
     "---------- Forwarded message ---------\nFrom: Lance Whitby via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Sam - we've got 4,000 micro-influencers in food & drink ready to go...", "en"),
    ("Agence Média Nord", "facturation@medianord.example", "Facture octobre : campagne LinkedIn Ads B2B",
     "Bonjour,\n\nveuillez trouver ci-joint la facture de la campagne LinkedIn Ads d'octobre (recrutement commerciaux).", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))
assert len({_s[2] for _s in PEOPLE}) == len(PEOPLE)

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev117 corpus. Generated by scripts/make_corpus_dev117.py (seed {SEED}); do not edit by hand.",
          "# An ordinary month (October 2025) of a consumer-goods marketing director, five languages: many default-text and one-line "
          "invitations, many short agency and martech sales notes, a few real good notes, the odd hostile message or endorse-back ask. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev117", SEED, PEOPLE, FOREIGN, spoofs=10, other=15, header=HEADER, eras=ERAS)
