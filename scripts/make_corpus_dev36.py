#!/usr/bin/env python3
"""Write mailbot's thirty-sixth, independent development corpus: tests/corpus/dev36/*.eml + expected.toml.

The angle: the user Alex is a project director at a general contractor (Brenmoor). Their
LinkedIn world: building-materials suppliers (ready-mix, rebar, admixtures, blocks, windows),
BIM and site-management software vendors, plant and scaffold hire, modular cabins, subcontractors
who want on the tender list and turn sour when ignored, subcontractors and peer contractors who
propose a joint tender (peer value), health-and-safety training (paid courses against free
toolbox talks and webinars), engineering consultancies (paid design services against shared
lessons learned), recruiters and in-house talent teams with project-director roles, architects
who share details or ask for a builder's view, endorse-me-back from site managers and foremen,
and bait and switch (a roundtable, a WhatsApp group of site managers, a free detail library,
a survey, a magazine question) followed by a sale.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the news, group and newsletter subjects, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for construction ones in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev36.py              # writes tests/corpus/dev36
    python scripts/make_corpus_dev36.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260836

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ construction world (this process only)
SKILLS = {
    "en": ["Construction Management", "Project Delivery", "NEC Contracts", "Design & Build", "Site Management", "Health & Safety"],
    "de": ["Baumanagement", "Projektsteuerung", "Schlüsselfertigbau", "Arbeitssicherheit", "BIM", "Bauleitung"],
    "fr": ["Gestion de projets de construction", "Conduite de travaux", "Entreprise générale", "Sécurité chantier", "BIM"],
    "es": ["Gestión de obras", "Dirección de proyectos", "Edificación", "Prevención de riesgos laborales", "BIM"],
    "it": ["Gestione cantieri", "Project management", "Appalti pubblici", "Sicurezza nei cantieri", "BIM"],
}
RHEADLINE = {
    "en": "Project Director at Brenmoor Construction",
    "de": "Projektdirektor bei Brenmoor Bau",
    "fr": "Directeur de projets chez Brenmoor Construction",
    "es": "Director de proyectos en Brenmoor Construcción",
    "it": "Direttore di commessa presso Brenmoor Costruzioni",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Project Director - Healthcare", "Kellaway Construction"), ("Projektleiter Hochbau (m/w/d)", "Raithel Bau AG"),
              ("Directeur de travaux TCE", "Groupe Vallorin"), ("Senior Project Manager - Data Centres", "Northmoor Build"),
              ("Construction Director", "Ashgrove Homes")]
_JOB = {"en": ("{n} new jobs for \"project director construction\"", "Your job alert for project director construction in {city}"),
        "de": ("{n} neue Jobs für „Projektleiter Bau“", "Ihr Jobalarm für Projektleiter Bau in {city}"),
        "fr": ("{n} nouvelles offres pour « directeur de travaux »", "Votre alerte emploi pour directeur de travaux à {city}"),
        "es": ("{n} empleos nuevos de «director de obra»", "Tu alerta de empleo de director de obra en {city}"),
        "it": ("{n} nuove offerte per «direttore di cantiere»", "Il tuo avviso di lavoro per direttore di cantiere a {city}")}
_NEWS = {"en": "Why are tender prices still climbing?", "de": "Wann fallen die Baupreise wieder?",
         "fr": "Le logement neuf peut-il repartir en 2025 ?", "es": "¿Faltan 700.000 trabajadores en la construcción?",
         "it": "Superbonus, che cosa resta ai cantieri?"}
_GROUP = {"en": "Top conversations in Construction Project Managers UK", "de": "Top-Unterhaltungen in Bauleiter & Projektsteuerer",
          "fr": "Meilleures discussions dans Conducteurs de travaux & Directeurs de projets", "es": "Conversaciones destacadas en Jefes de Obra España",
          "it": "Conversazioni principali in Direttori di Cantiere Italia"}
_NEWSLETTER = {"en": "Site Notes: what we learned pouring in January", "de": "Baustellenpost: Winterbau ohne Frust",
               "fr": "Carnet de chantier : la coactivité sans casse", "es": "Diario de obra: plazos que sí se cumplen",
               "it": "Appunti di cantiere: il cronoprogramma che regge"}
for _l in mc.OTHER:
    mc.OTHER[_l]["job"] = (_JOB[_l][0], _JOB[_l][1], mc.OTHER[_l]["job"][2])
    mc.OTHER[_l]["news"] = (_NEWS[_l], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_GROUP[_l], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_NEWSLETTER[_l], mc.OTHER[_l]["newsletter"][1])

mc.COMPANIES["good"] = ["Kellaway Construction", "Raithel Bau AG", "Groupe Vallorin", "Oakley Pryce Architects", "Halden Engineering",
                        "Constructora Almenar", "Impresa Ferrante", "Northmoor Build"]
mc.COMPANIES["sales"] = ["SiteLedger", "Planwerk BIM Cloud", "Castmore Admixtures", "Ponteggi Nord", "Locamod", "Buildwise", "HoistHub",
                         "Prevenalia Formación"]
mc.HEADLINES["good"] = ["Site Manager at {co}", "Senior Project Manager | {co}", "Structural Engineer, {co}", "Architect at {co}",
                        "Construction Director | {co}", "Quantity Surveyor at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager at {co}", "Helping contractors finish on time | {co}",
                         "Founder & CEO, {co}", "Area Sales Manager - Construction | {co}"]
SPOOF_PITCH = {
    "en": ["Hi Alex, the tender documents for the Phase 2 package are ready. Open the secure link and sign in to download the drawings.",
           "Alex, your retention payment is on hold pending bank details. Please confirm them through the portal today."],
    "de": ["Hallo Alex, die Ausschreibungsunterlagen für Los 3 liegen bereit. Bitte über den sicheren Link anmelden und herunterladen.",
           "Guten Tag, Ihre Schlussrechnung wurde zurückgewiesen. Bitte prüfen Sie die Angaben im Portal."],
    "fr": ["Bonjour Alex, le DCE du lot gros œuvre est disponible. Connectez-vous via le lien sécurisé pour le télécharger.",
           "Bonjour, votre situation de travaux est bloquée. Merci de confirmer vos coordonnées bancaires sur le portail."],
    "es": ["Hola Alex, los pliegos de la licitación ya están disponibles. Inicia sesión en el enlace seguro para descargarlos.",
           "Buenos días, su certificación de obra está retenida. Confirme sus datos bancarios en el portal hoy mismo."],
    "it": ["Ciao Alex, la documentazione di gara per il lotto 2 è pronta. Accedi dal link sicuro per scaricare gli elaborati.",
           "Buongiorno, il SAL è sospeso in attesa dei dati bancari. Li confermi sul portale entro oggi."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    """People whose notes name things of the 2020s (apps, WhatsApp groups, drones) keep the current layout."""
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "en", "Declan Furlong", "Director | Furlong Groundworks & Civils", "Leeds",
  ("inv", "Alex, we're both on the shortlist for lot 2 of the Airedale schools framework. On our own neither of us has the turnover for the bigger packages, "
          "together we would. Fancy a coffee to see if a joint bid stacks up? I'd rather find out early if it doesn't."),
  ("rem",))
P("good_invitation", "de", "Sabine Wendtland", "Fachkraft für Arbeitssicherheit | Präventionsdienst Bau Nord", "Hannover",
  ("inv", "Guten Tag, im März bieten wir wieder kostenlose Sicherheitsunterweisungen zur Absturzsicherung direkt auf der Baustelle an, 30 Minuten je Kolonne. "
          "Ihre Baustelle in Linden steht auf unserer Liste. Sollen wir einen Termin machen? Das ist Teil unseres Präventionsauftrags."))
P("good_invitation", "fr", "Clémentine Aubriot", "Architecte associée | Atelier Aubriot & Vasseur", "Nantes",
  ("inv", "Bonjour Alex, on suit votre chantier de la médiathèque. Nous avons mis au point un détail d'about de dalle avec rupteur qui a réglé nos fissures ; "
          "je vous l'envoie en DWG, libre d'usage. Votre avis de terrain m'intéresse beaucoup."),
  ("rem",))
P("good_invitation", "es", "Iñaki Larrañaga", "Ingeniero de estructuras | Larrañaga Ingeniería", "Bilbao",
  ("inv", "Hola Alex, vi tu charla sobre el apeo de la fachada en el Ensanche. Tengo un caso parecido (fachada protegida, vaciado interior, 6 plantas) "
          "y me vendría bien saber cómo controlasteis los movimientos. ¿Me aceptas y te escribo dos líneas?"))
P("good_invitation", "it", "Federica Lodi", "Talent Acquisition Specialist | Impresa Ferrante Costruzioni", "Milano",
  ("inv", "Buongiorno Alex, cerchiamo un Direttore di Commessa per il nuovo polo ospedaliero di Bergamo (opera da 180 M€, avvio lavori a settembre). "
          "Il suo percorso su ospedali e appalti pubblici è quello che chiede il committente. Posso mandarle la job description?"),
  ("rem",))
P("good_invitation", "en", "Moira Kettleby", "Chair, Mersey Branch | Institute of Construction Managers", "Liverpool",
  ("inv", "Hi Alex, I chair our local branch. Next month's evening is on the new fire safety rules for high-rise residential, with a speaker from the regulator. "
          "Free, sandwiches, counts as 2 hours CPD. We'd love a contractor in the Q&A."))


# =============================================================== default_invitation
P("default_invitation", "en", "Wayne Rudd", "Estimator | Commercial | Construction", "Wakefield", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Uwe Brandstetter", "Bauleiter Hochbau", "Augsburg", ("inv", NONOTE))
P("default_invitation", "it", "Rocco Santangelo", "Geometra | Preventivista edile", "Bari", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Brady Konig", "Area Sales Manager | Castmore Concrete Admixtures", "Sheffield",
  ("inv", "Alex - saw Brenmoor picked up the Kirkstall warehouse. Our self-compacting admixture took 2 days off every pour on a similar slab in Doncaster. "
          "I can get you a price per m3 and a trial load on site, just need 15 mins to scope volumes."))
P("sales_invitation", "de", "Jana Pfleiderer", "Account Executive DACH | Planwerk BIM Cloud", "München",
  ("inv", "Guten Tag Alex, Planwerk verbindet Ihr IFC-Modell direkt mit Mängelmanagement und Bautagebuch. GUs Ihrer Größe sparen im Schnitt 6 Stunden "
          "pro Bauleiter und Woche. Darf ich Ihnen das in einer 20-minütigen Demo zeigen?"))
P("sales_invitation", "fr", "Romain Tessier", "Business Developer | ChantierPro, l'appli du suivi de chantier", "Lyon",
  ("inv", "Bonjour Alex ! Encore des PV de réception papier chez Brenmoor ? ChantierPro digitalise réserves, PPSPS et comptes rendus en 1 clic. "
          "3 mois offerts si on cale une démo avant la fin du mois 😉"))
P("sales_invitation", "es", "Nuria Calvet", "Responsable de formación | Prevenalia Formación PRL", "Zaragoza",
  ("inv", "Buenos días Alex. Impartimos el curso de 60 h de PRL para construcción y los de segundo ciclo por oficio, bonificables por FUNDAE. "
          "Para constructoras con más de 20 operarios: 145 € por alumno. ¿Le envío calendario y presupuesto?"))
P("sales_invitation", "it", "Davide Trentin", "Commerciale | Ponteggi Nord Noleggio", "Brescia",
  ("inv", "Salve Alex, noleggiamo ponteggi multidirezionali con montaggio chiavi in mano e Pi.M.U.S. incluso. Per i cantieri in Lombardia il listino "
          "nuovo è scontato del 12%. Le preparo un preventivo per il prossimo lavoro?"),
  ("rem",))
cur("Jana Pfleiderer", "Romain Tessier")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Graham Tolliver", "Founder | Project Directors' Roundtable", "Birmingham",
  ("inv", "Alex, I run an informal roundtable for project directors at tier-2 contractors. Six of us, quarterly, Chatham House rules, mostly moaning about "
          "programme and claims 🙂 Would you like a seat at the next one?"),
  ("msg", "Good to be connected Alex. Before the next roundtable, worth mentioning the group runs on SiteLedger, the cost-to-complete dashboard I founded. "
          "Members get it at £1,100 per project per month instead of £1,600. Shall I book you a walkthrough on Thursday?", (3, 10)),
  ("msg", "Hi Alex, chasing on SiteLedger. Two other directors from the roundtable went live last month, happy to share their numbers on a call. "
          "What does your week look like?", (6, 15)))
P("bait_and_switch_invitation", "de", "Henrik Osterkamp", "BIM-Koordinator | Osterkamp Digital Consulting", "Bremen",
  ("inv", "Hallo Alex, eine Fachfrage unter Praktikern: Wie machen Sie bei Ihren Projekten die Kollisionsprüfung zwischen TGA und Tragwerk – "
          "wöchentlich im Koordinationstermin oder laufend? Wir streiten uns intern gerade darüber."),
  ("msg", "Danke fürs Annehmen! Zu meiner Frage von neulich: Genau diese Koordination übernehmen wir für Generalunternehmer komplett als Dienstleistung, "
          "pauschal ab 4.800 € pro Monat und Projekt. Passt Ihnen nächste Woche ein Termin, damit ich Ihnen ein Angebot skizzieren kann?", (2, 8)))
P("bait_and_switch_invitation", "fr", "Yannick Morvan", "Formateur sécurité BTP | Prévention & Chantiers", "Rennes",
  ("inv", "Bonjour Alex, je partage gratuitement un kit de quart d'heure sécurité (12 fiches illustrées : travail en hauteur, coactivité, engins) "
          "que vos chefs d'équipe peuvent utiliser tel quel. Je vous l'envoie si on se connecte ?"),
  ("msg", "Voici le lien vers le kit, bonne utilisation ! Par ailleurs nous organisons des formations échafaudage R408 et SST en intra, 1 450 € HT "
          "la journée pour 10 stagiaires. Je vous fais un devis pour vos équipes ?", (2, 9)))
P("bait_and_switch_invitation", "es", "Marcelo Quiroga", "Fundador | Comunidad Jefes de Obra", "Madrid",
  ("inv", "Alex, estamos armando un grupo de WhatsApp de directores y jefes de obra para compartir proveedores fiables, precios de mercado y ofertas "
          "de empleo. Ya somos 140. ¿Te sumas?"),
  ("msg", "¡Bienvenido! Te cuento algo que a muchos del grupo les está sirviendo: trabajo con una correduría y conseguimos pólizas de decenal y todo "
          "riesgo construcción hasta un 25 % por debajo de mercado. ¿Me pasas la cartera de obras de este año y te preparo una comparativa?", (4, 12)),
  ("msg", "Alex, ¿pudiste mirar lo del seguro? Tengo que cerrar las cotizaciones del trimestre esta semana.", (5, 14)))
P("bait_and_switch_invitation", "it", "Ottavio Perin", "Tecnico acustico | Dettagli costruttivi per l'edilizia", "Padova",
  ("inv", "Ciao Alex, ho messo insieme una raccolta di dettagli per l'isolamento acustico dei solai (20 tavole DWG, tutte verificate in opera). "
          "La regalo ai colleghi di cantiere, te la giro volentieri."),
  ("msg", "Eccoti il link alle tavole! Già che ci sono: i dettagli sono pensati con il nostro materassino anticalpestio FonoStop Pro. Per il tuo cantiere "
          "di Mestre ti faccio un'offerta a m² con consegna in 5 giorni. Mi mandi i metri quadri?", (3, 12)))
cur("Marcelo Quiroga")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priyanka Sethi", "Research Lead | Site Productivity Study", "London",
  ("inm", "Your view on site productivity?", "Hi Alex, I'm gathering views from project directors on where time really goes between handing over a floor "
          "and first fix. It's for an industry write-up we'll share with everyone who takes part. Could I send you five questions?"),
  ("inm", "Thanks + the findings", "Thanks so much for answering. The headline is that crews lose about 70 minutes a day waiting on materials, which is "
          "exactly what HoistHub fixes with crane and hoist booking. Pricing starts at £650 a month per site. Can I get 20 minutes with you and your "
          "logistics manager?", (6, 20)))
P("bait_and_switch_inmail", "de", "Carsten Wöhrle", "Geschäftsführer | Luftbild & Aufmaß GmbH", "Stuttgart",
  ("inm", "Einladung Fachrunde Baustellenlogistik", "Hallo Alex, wir laden am 12. Juni zwölf Projektleiter aus dem Hochbau zu einer Fachrunde über "
          "Baustellenlogistik in Innenstadtlagen ein. Kein Eintritt, kein Verkaufsvortrag, nur Erfahrungsaustausch. Darf ich Sie auf die Liste setzen?"),
  ("inm", "Nach der Fachrunde", "Danke für Ihr Interesse an der Runde! Vorab schon mal: Wir vermessen Baustellen per Drohne und liefern wöchentliche "
          "Aufmaße für die Abrechnung mit Nachunternehmern. Für ein Projekt Ihrer Größe liegen wir bei ca. 1.900 € im Monat. Soll ich ein Angebot "
          "für Ihre Baustelle vorbereiten?"))
P("bait_and_switch_inmail", "fr", "Agathe Reynaud", "Chargée d'études | Observatoire emploi BTP Sud", "Marseille",
  ("inm", "Enquête : pénurie de compagnons", "Bonjour Alex, nous menons une enquête auprès des directeurs de travaux sur les métiers en tension "
          "(coffreurs, grutiers, électriciens). Vos réponses restent anonymes et nous vous enverrons la synthèse régionale. Auriez-vous 10 minutes ?"),
  ("inm", "Suite à l'enquête", "Merci pour vos réponses ! Vu vos besoins en coffreurs, je me permets : notre agence d'intérim BTP peut vous détacher "
          "une équipe de 4 coffreurs bancheurs sous 72 h, coefficient 1,92. On en parle cette semaine ?"))
P("bait_and_switch_inmail", "it", "Lucio Ferrandi", "Ingegnere | Collaboratore di Edilizia Oggi", "Roma",
  ("inm", "Una domanda sul BIM negli appalti", "Buongiorno Alex, sto scrivendo un articolo per una rivista di settore su come le imprese gestiscono "
          "l'obbligo BIM negli appalti pubblici. Mi racconterebbe in due righe la vostra esperienza? La cito solo se vuole."),
  ("inm", "Grazie + una proposta", "Grazie davvero, risposta utilissima. Le scrivo anche in un'altra veste: la mia società offre il servizio di BIM "
          "manager esterno per imprese, contratto annuale da 28.000 €. Da quello che mi ha raccontato credo vi servirebbe. Fissiamo una call?", (4, 15)))
cur("Carsten Wöhrle")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Shane Maguire", "Site Manager | SMSTS | CSCS Black Card", "Belfast",
  ("end",), ("end",),
  ("msg", "Alex my man, endorsed you for {skill} and a couple more. any chance you'd do the same for me on Health & Safety and Groundworks? "
          "going for a senior SM job and it'd look better coming from a PD. cheers"))
P("endorse_me_back", "de", "Ralf Nüssle", "Polier | Stahlbetonbau", "Ulm",
  ("end",),
  ("msg", "Servus Alex, hab Ihnen bei {skill} ein Häkchen gesetzt. Könnten Sie mir im Gegenzug „Schalungsbau“ und „Baustellenorganisation“ "
          "bestätigen? Ich bewerbe mich gerade als Oberbauleiter, da macht sich das gut."))
P("endorse_me_back", "es", "Encarna Villalba", "Técnica de prevención | Coordinadora de seguridad y salud", "Murcia",
  ("end",), ("end",),
  ("msg", "Hola Alex!! Te he validado {skill}, te lo mereces 😊 ¿Me validarías tú Coordinación de seguridad y salud y Prevención de riesgos "
          "laborales? Estoy buscando cambiar de empresa y me ayudaría un montón."))
P("endorse_me_back", "it", "Fabio Cerutti", "Capocantiere | Edilizia residenziale", "Novara",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill}, ci mancherebbe. Mi faresti la cortesia di ricambiare su «Gestione cantieri» e «Sicurezza nei "
          "cantieri»? Grazie, a buon rendere."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Lee Bramwell", "MD | Bramwell Drylining & Ceilings", "Stoke-on-Trent",
  ("inv", "Alex, we've done the drylining for Brenmoor's Midlands team for years. Would like to get on your tender list for the northern jobs. "
          "Can you point me at whoever runs procurement?"),
  ("rem",),
  ("inm", "Tender list", "Three weeks and not even a click. We bailed your lot out more than once at Coventry when your QS forgot to order the boards. "
          "Seems once people get the director title they forget who actually builds the things. Don't bother replying now."))
P("hostility_after_decline", "de", "Dragan Kovačević", "Inhaber | Kovačević Fliesen & Naturstein", "Nürnberg",
  ("inv", DEFAULT),
  ("inm", "Keine Antwort", "Hallo Herr Morgan, ich habe Ihnen zweimal geschrieben und eine Anfrage geschickt. Wir sind ein kleiner Betrieb, aber "
          "wir haben Anstand. Von einem großen Generalunternehmer hätte ich wenigstens ein Nein erwartet. So geht man mit Handwerkern nicht um, "
          "das merke ich mir."))
P("hostility_after_decline", "fr", "Patrice Lemarchand", "Gérant | Lemarchand Étanchéité", "Angers",
  ("inv", "Bonjour, entreprise d'étanchéité toitures-terrasses, qualifiée Qualibat. Nous aimerions être consultés sur vos prochains appels d'offres "
          "en Pays de la Loire."),
  ("rem",),
  ("inm", "Mépris", "Monsieur Morgan, trois relances, aucune réponse. Les majors adorent parler de « partenariat avec les PME » dans leurs rapports RSE, "
          "mais quand une PME frappe à la porte, il n'y a plus personne. Quelle hypocrisie. Bonne chance pour trouver un étancheur quand vous "
          "serez à la bourre."))
P("hostility_after_decline", "es", "Toni Berenguer", "Gerente | Berenguer Instalaciones Eléctricas", "Valencia",
  ("inv", "Hola Alex, somos instaladores eléctricos con 25 años en obra terciaria. Nos gustaría presentarnos para vuestras obras en Levante. ¿Conectamos?"),
  ("inm", "En fin", "Pues nada, veo que no aceptas. Ya sabía yo que los de las constructoras grandes vais de sobrados. Luego bien que llamáis "
          "llorando cuando el instalador os deja tirados a dos semanas de la entrega. Que te vaya bonito."))
P("hostility_after_decline", "it", "Sergio Pellegatta", "Titolare | Pellegatta Movimento Terra", "Lodi",
  ("inv", "Buongiorno Alex, ci siamo visti in cantiere a Rho l'anno scorso, facevamo gli scavi per il subappaltatore che poi è fallito. "
          "Mi farebbe piacere restare in contatto."),
  ("rem",),
  ("inm", "Complimenti per l'educazione", "Alex, vedo che il mio invito è ancora lì. Quando serviva qualcuno che scavasse di sabato per salvare "
          "il cronoprogramma andavo bene, adesso non mi conosci più. Bella lezione di stile, davvero. Non ti disturbo più."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Ostrander", "Director | Ostrander Plant Hire", "Glasgow",
  ("msg", "Alex, we've four 21-tonne excavators and a 30m telehandler coming off hire next month. Can do you a weekly rate 15% under the big "
          "hire firms. Want me to hold them for your Clyde job?"),
  ("msg", "Second time asking. I'd have thought a PD would at least answer a connection who's trying to save him money. Plenty of other contractors "
          "are less precious. Suit yourself.", (8, 20)))
P("hostility_connection", "de", "Bettina Kaltenbrunner", "Vertrieb | Container & Baustelleneinrichtung Süd", "Salzburg",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Für Ihre neue Baustelle hätten wir Bürocontainer-Anlagen inkl. Sanitär sofort verfügbar, Miete je Modul "
          "ab 289 € im Monat. Wann darf ich vorbeikommen?"),
  ("msg", "Ich finde es schon bemerkenswert: Erst laden Sie mich ein, dann lesen Sie meine Nachrichten nicht einmal. Anstand kostet nichts, "
          "Herr Morgan. Das werde ich in der Branche nicht für mich behalten."))
P("hostility_connection", "es", "Rafael Montoro", "Comercial | Áridos y Hormigones del Sur", "Sevilla",
  ("msg", "Alex buenas, tenemos planta a 12 km de vuestra obra de Dos Hermanas. Hormigón HA-30 a precio de planta y bombeo incluido. ¿Te paso oferta?"),
  ("msg", "Alex, te reenvío la oferta, es válida hasta fin de mes."),
  ("msg", "Mira, ya entiendo que no te interesa, pero no contestar a tres mensajes es de muy poca educación. Con esa actitud no me extraña que "
          "vayáis siempre con retraso en las obras."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Natalie Hurst", "Senior Account Manager | Cordell Safety Training", "Reading",
  ("msg", "Hi Alex, SMSTS and SSSTS refreshers are due for a lot of site teams this spring. We run in-house courses at £395 per delegate, "
          "minimum six. Want me to pencil in dates for your site managers?"),
  ("msg", "Morning Alex, we've had two cancellations on the SMSTS course on the 14th at our Reading centre, I can let both go at £350. "
          "Shall I hold them for Brenmoor?"))
P("connection_only_pitches", "de", "Oliver Brandl", "Key Account Manager | Stahlhandel Brandl & Söhne", "Linz",
  ("msg", "Hallo Alex, Betonstahl B500B ist diese Woche um 40 €/t günstiger geworden. Für Ihre Großbaustelle könnte ich Ihnen 300 t zum Festpreis "
          "bis Jahresende anbieten. Interesse?"),
  ("msg", "Guten Morgen, kurzer Nachtrag zum Betonstahl: Das Angebot gilt nur noch bis Freitag. Soll ich es Ihrem Einkauf direkt schicken?", (2, 6)),
  ("msg", "Alex, wir haben jetzt auch Matten und Bewehrungskörbe nach Plan im Programm, Lieferung in 48 h. Ich schicke Ihnen gern eine Preisliste."))
P("connection_only_pitches", "fr", "Sandrine Pujol", "Ingénieure d'affaires | BET Structure Pujol & Associés", "Toulouse",
  ("msg", "Bonjour Alex, notre bureau d'études structure réalise en sous-traitance les notes de calcul et plans d'exécution pour les entreprises "
          "générales. Nous pourrions vous soulager sur vos EXE béton. Un rendez-vous pour vous présenter nos références ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : une équipe se libère le mois prochain pour vos plans de ferraillage. Tarif au plan ou au forfait, "
          "comme vous préférez. Je vous appelle mardi ?"))
P("connection_only_pitches", "it", "Elena Brambati", "Sales Manager | CantiereCloud – software gestione commesse", "Torino",
  ("msg", "Ciao Alex! Con CantiereCloud gestisci SAL, giornale dei lavori e documenti della sicurezza da un'unica app. Ti va una demo di 20 minuti "
          "questa settimana?"),
  ("msg", "Alex, ti riscrivo perché abbiamo attivato la promo per le imprese generali: primo anno -30%. Ti blocco uno slot per la demo?"))
cur("Elena Brambati")


# =============================================================== single_pitch
P("single_pitch", "en", "Ravi Chandran", "Partner | Chandran Cost Consultants", "Manchester",
  ("msg", "Alex, hope Salford is going well. We do independent cost-to-complete reviews for contractors worried about margin on fixed-price jobs. "
          "Two-week turnaround, fixed fee. Worth a 20 minute chat?"))
P("single_pitch", "de", "Marlene Hofstätter", "Vertrieb | SafeSite Helme & PSA", "Graz",
  ("msg", "Hallo Alex, wir haben neue Schutzhelme mit Kinnriemen und Rotationsschutz im Sortiment, für Generalunternehmer ab 50 Stück mit Firmenlogo "
          "zum Sonderpreis. Soll ich Ihnen ein Muster schicken?"))
P("single_pitch", "fr", "Thierry Gasnier", "Directeur commercial | Béton Prêt Atlantique", "La Rochelle",
  ("msg", "Bonjour Alex, nous venons d'ouvrir une centrale à béton à 8 km de votre chantier de Lagord. Je peux vous faire une offre au m³ rendu, "
          "pompe comprise. On s'appelle cette semaine ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Tamsin Oakley", "Associate Architect | Oakley Pryce Architects", "Bristol",
  ("msg", "Alex, as promised at the site meeting I've put the revised parapet and coping details in the shared folder, plus the window head we changed "
          "after the fire engineer's comments. Shout if your dryliners can't build the reveal the way it's drawn, I'd rather fix it now than on site."),
  ("msg", "Also - we're doing a lunchtime session at our office on the new Part L details next Wednesday. No charge, your site managers are very welcome."))
P("connection_brings_value", "de", "Jochen Aufderheide", "Projektleiter | Aufderheide Tragwerksplanung", "Dortmund",
  ("end",),
  ("msg", "Hallo Alex, beim Parkhaus letztes Jahr hatten wir ja die Risse in der Bodenplatte. Ich habe unsere Auswertung und die Lessons Learned als "
          "Foliensatz aufbereitet, vielleicht hilft das Ihrem Team bei der Halle in Hamm. Link anbei, frei zur internen Nutzung."))
P("connection_brings_value", "es", "Montserrat Puig", "Jefa de obra | Constructora Almenar", "Barcelona",
  ("msg", "Alex, ¿os presentáis al concurso del CAP de Sabadell? Nosotros vamos, pero nos falta experiencia acreditada en obra sanitaria. Si os "
          "interesa ir en UTE lo hablamos: vosotros la parte hospitalaria, nosotros estructura y urbanización. Sin compromiso, dime si te encaja."))
P("connection_brings_value", "it", "Giorgio Mazzola", "RSPP | Consulente sicurezza cantieri", "Bergamo",
  ("msg", "Ciao Alex, venerdì alle 7:30 faccio un toolbox talk gratuito sui rischi di caduta nei vani ascensore, al cantiere di Seriate insieme alla "
          "Scuola Edile. Se vuoi mandare i tuoi preposti sono i benvenuti: dura 40 minuti e c'è l'attestato di partecipazione."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Holly Garside", "Principal Consultant, Construction | Fenwick Search", "London",
  ("inm", "Project Director - £300m hospital, Midlands", "Hi Alex, I'm retained by a tier-1 contractor to find a Project Director for a new-build acute "
          "hospital, two-stage design and build, circa £300m. Package around £140k plus car and bonus. Your healthcare work at Brenmoor is why I'm "
          "writing. Open to a confidential call?"))
P("stranger_inmail_recruiter", "de", "Katrin Seidenfaden", "Personalreferentin | Raithel Bau AG", "Frankfurt am Main",
  ("inm", "Projektdirektor (m/w/d) Rechenzentrum Frankfurt", "Guten Tag Alex, wir besetzen die Position Projektdirektor (m/w/d) für den Neubau eines "
          "Rechenzentrums in Frankfurt-Fechenheim (ca. 240 Mio. €, Start Q3). Direkte Festanstellung bei uns, keine Vermittlung. Ihr Profil passt "
          "sehr gut. Hätten Sie Interesse an einem ersten Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Samia Benhadj", "Chargée de recrutement | Groupe Vallorin", "Lyon",
  ("inm", "Directeur de projets – tours Part-Dieu", "Bonjour Alex, nous recrutons un directeur de projets pour une opération de deux tours mixtes à la "
          "Part-Dieu (85 000 m² SDP). CDI, rattachement au directeur régional. Votre parcours sur les IGH nous intéresse beaucoup. Seriez-vous "
          "ouvert à en discuter ?"))
P("stranger_inmail_recruiter", "es", "Ricardo Almagro", "Headhunter Construcción e Infraestructuras | Almagro Executive", "Madrid",
  ("inm", "Director de proyecto – planta industrial (Navarra)", "Hola Alex, busco director de proyecto para una planta de baterías en Navarra con un "
          "contratista principal internacional, unos 3 años de obra. 120-140 k€ más variable y vivienda. ¿Te apetece que lo hablemos en confianza?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Logan Fairweather", "Enterprise AE | Buildwise", "Dublin",
  ("inm", "Daily diaries in 30 seconds", "Hi Alex, most PDs I speak to still chase site managers for daily diaries on a Friday afternoon. Buildwise "
          "does it from a voice note. We've just onboarded two of your competitors. Open to a 15-minute demo next week?"),
  ("inm", "Re: Daily diaries", "Bumping this up, Alex - happy to tailor the demo to your hospital job if that helps."), nl="en")
P("stranger_inmail_sales", "it", "Gianmaria Fosco", "Business Development | EdilForniture Srl", "Verona",
  ("inm", "Fornitura laterizi e blocchi cassero", "Gentile Alex, siamo distributori di laterizi, blocchi cassero e malte premiscelate, con consegna "
          "in tutto il Nord Italia e gru a bordo. Posso mandarle il listino aggiornato e un preventivo per i suoi cantieri?"))
P("stranger_inmail_sales", "fr", "Bérénice Lapierre", "Responsable grands comptes | Locamod modulaires", "Lille",
  ("inm", "Base vie pour votre chantier", "Bonjour Alex, pour vos prochaines installations de chantier nous louons des bases vie modulaires livrées et "
          "raccordées en 48 h. Puis-je vous envoyer une proposition chiffrée ?"))
cur("Logan Fairweather")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Colm Whelan", "Director | Whelan Façade Engineering", "Dublin",
  ("inv", "Alex, saw your post on the cladding remediation at Northgate. We went through the same on two blocks in Dublin. Happy to share the fire test "
          "reports and our sequencing plan if they'd save you a few weeks."),
  ("msg", "As promised, here's the sequencing plan and a summary of the BS 8414 results. Call me if your fire engineer has questions, glad to walk "
          "them through it."),
  ("msg", "Alex, quick one - we've launched a façade assurance service for contractors on remediation jobs: independent inspections plus sign-off, "
          "£18k per block. Given what you're dealing with at Northgate, could I put a proposal in front of you and your commercial director?", (10, 25)))
P("good_turns_ugly", "de", "Wiebke Harmsen", "Architektin | Harmsen Lüdeke Architekten", "Hamburg",
  ("inv", "Hallo Alex, wir planen ein Holz-Hybrid-Bürogebäude und hätten gern die Sicht eines Generalunternehmers auf unsere Knotendetails, bevor wir "
          "ausschreiben. Würden Sie mal draufschauen? Die Pläne schicke ich gern."),
  ("msg", "Vielen Dank für Ihre Anmerkungen zur Deckenauflage – wir haben das Detail geändert. Anbei die überarbeitete Fassung, falls Sie sie für "
          "Ihr eigenes Archiv möchten."),
  ("end",),
  ("msg", "Hallo Alex, eine kleine Bitte: Ich habe Sie für {skill} bestätigt. Würden Sie mir im Gegenzug „Holzbau“ und „Entwurfsplanung“ bestätigen? "
          "Wir bewerben uns gerade für einen Wettbewerb, da zählt das Profil."))
P("good_turns_ugly", "es", "Luis Echevarría", "Director técnico | Seguridad en Obra Formación", "Sevilla",
  ("inv", "Hola Alex, organizo cada mes un webinar gratuito sobre seguridad en obra con inspectores de trabajo como ponentes. El próximo va de "
          "trabajos en altura y andamios. ¿Te guardo plaza?"),
  ("msg", "Aquí tienes la grabación del webinar y la presentación del inspector, por si quieres pasársela a tus encargados."),
  ("msg", "Alex, a raíz del webinar te propongo algo: hacemos auditorías de seguridad en obra con informe mensual, 950 € por obra y mes. "
          "¿Te preparo una oferta para las obras de Sevilla?", (8, 20)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Dominic Yeats", "Business Development | Yeats Modular Solutions", "Leeds",
  ("inm", "Bathroom pods for Headingley", "Hi Alex, we manufacture bathroom pods for resi and student schemes, around 30% faster than a traditional "
          "fit-out. Could I send our pricing for your Headingley scheme?"),
  ("inv", "Alex, good to bump into you at MIPIM last week. Would be nice to stay in touch."))
P("reinvite_known_bad", "fr", "Gaëlle Combaret", "Chargée d'affaires | Combaret Bâtiment", "Clermont-Ferrand",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés à l'assemblée de la fédération du bâtiment. Au plaisir d'échanger."))
P("reinvite_known_bad", "de", "Knut Albers", "Vertriebsleiter | PlanCheck Software", "Kiel",
  ("inv", "Hallo Alex, PlanCheck prüft Ihre Ausführungspläne automatisch auf Maßketten- und Höhenfehler. Lust auf eine kurze Demo?"),
  ("inv", "Hallo Alex, frohes neues Jahr! Ich würde mich freuen, wenn wir uns vernetzen."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Stefano Lucchesi", "Titolare | Lucchesi Impianti Termoidraulici", "Firenze",
  ("inv", "Buongiorno, siamo installatori termoidraulici, vorremmo lavorare con voi sui prossimi cantieri in Toscana."),
  ("inm", "Ok", "Visto che non rispondi neanche per educazione ti dico solo questo: gente come te ha rovinato l'edilizia. General contractor che "
          "strozzano i subappaltatori e poi non si degnano nemmeno di un sì o di un no. Vergogna."),
  ("inv", "Ciao Alex, acqua passata. Ripartiamo? Ci farebbe piacere collaborare."))
P("reinvite_known_ugly", "es", "Benjamín Cortázar", "Fundador | FichaObra", "Málaga",
  ("inm", "¿Cómo controláis las horas en obra?", "Hola Alex, una curiosidad de colega: ¿cómo lleváis el registro de jornada de las subcontratas en "
          "obra? Nosotros lo hemos probado todo y sigue siendo un caos. Me interesa de verdad cómo lo hacéis."),
  ("inm", "Lo que te comentaba", "Gracias por contestar. Justo por eso creamos FichaObra: fichaje por QR para subcontratas, con informes para la "
          "inspección. 3 € por trabajador y mes. ¿Te hago una demo el jueves?", (3, 10)),
  ("inv", "Hola Alex, ¿conectamos? Me encantaría seguir tus publicaciones sobre construcción industrializada."))
cur("Benjamín Cortázar")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Harriet Penrose", "Sales Director | Vantage Hoarding Systems", "Cardiff",
  ("acc",),
  ("msg", "Thanks for the add, Alex. Since we met at the Ecobuild stand - our printed hoarding panels would brand your Cardiff Bay site nicely and tick "
          "the considerate constructors boxes. Send me the frontage length and I'll come back with a mock-up and a price."))
P("user_invited_pitch_once", "de", "Benedikt Straub", "Vertrieb Generalunternehmer | Straub Fenster & Fassaden", "Regensburg",
  ("acc",),
  ("msg", "Danke, dass Sie sich vernetzt haben! Für Ihr Schulprojekt in Landshut könnten wir die kompletten Alu-Fensterelemente liefern und montieren. "
          "Darf ich Ihnen bis Monatsende ein Angebot auf Basis des LV schicken?"))
P("user_invited_pitch_once", "it", "Noemi Castellani", "Area Manager | Calcestruzzi Padani", "Cremona",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Come accennato in fiera, ti posso proporre calcestruzzo a prestazione garantita con pompaggio incluso per "
          "il cantiere di Cremona. Mi mandi le quantità stimate e ti faccio il prezzo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Owen Prytherch", "Founder | SnagSnap", "Swansea",
  ("acc",),
  ("msg", "Cheers for connecting Alex, good chat at the institute dinner. As I said, SnagSnap would kill the paper snag lists on your Cardiff handover. "
          "£40 per user a month. Want a trial login?"),
  ("msg", "Hi Alex, following up on SnagSnap - 25% off for contractors who sign before quarter end. Can I send the order form over?"), nl="en")
P("user_invited_pitch_twice", "fr", "Clarisse Dufresne", "Directrice commerciale | Formapro BTP", "Tours",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Nous organisons des sessions CACES R482 et R486 directement sur votre chantier de Tours, 690 € HT par stagiaire. "
          "Ça intéresserait vos équipes ?"),
  ("msg", "Bonjour Alex, je relance pour les CACES : il me reste deux dates en mars. Je vous réserve une session ?"))
P("user_invited_pitch_twice", "es", "Adrián Sotomayor", "Key Account | Grúas Sotomayor", "Málaga",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te comento: alquilamos grúas torre con operador y montaje incluidos, con disponibilidad inmediata en la "
          "Costa del Sol. ¿Te preparo presupuesto para la obra de Marbella?"),
  ("msg", "Alex, te adjunto la tarifa de este año de grúas torre y autopropulsadas. Si cerramos este mes, el montaje va de regalo."))
cur("Owen Prytherch")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Fergus McAteer", "Associate Director, Temporary Works | Halden Engineering", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for the invite Alex. Re our chat about the basement propping at Leith - I dug out our temporary works design checklist and the "
          "monitoring trigger levels we used on a similar dig. Both in the shared link, use them as you like."))
P("user_invited_value", "de", "Anneke Vosskuhl", "Architektin | Büro Vosskuhl", "Münster",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie besprochen hier die Detailzeichnungen für den bodentiefen Fensteranschluss mit Abdichtung nach Norm – bei uns "
          "hat das auf drei Baustellen ohne Mängel funktioniert. Gern frei verwenden."))
P("user_invited_value", "fr", "Étienne Roussel", "Ingénieur méthodes | Entreprise générale", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme promis au salon, je vous envoie notre planning de rotation de banches pour les voiles de grande "
          "hauteur et le retour d'expérience sur le cycle à J+1. Si ça peut servir sur votre chantier de Roubaix…"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Marcello Dandolo", "Direttore tecnico | Consorzio stabile", "Venezia", ("acc",))
P("acceptance_only", "fr", "Bronwyn Ashcroft", "Quantity Surveyor | Cost Manager", "Liverpool", ("acc",))
P("lone_endorsement", "fr", "Jordane Picard", "Conducteur de travaux | Gros œuvre", "Reims", ("end",))
P("lone_endorsement", "es", "Paloma Ruano", "Arquitecta técnica | Jefa de producción", "Córdoba", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Declan Furlong", "declan@furlong-groundworks.example.co.uk", "Airedale framework - joint bid?",
     "Alex,\n\nsent you a LinkedIn request as well but thought email was safer. Our turnover and yours together clear the lot 2 threshold. "
     "Coffee next week?\n\nDeclan", "en"),
    ("Tenders Portal", "noreply@tenders-portal.example.org", "New opportunity: Hospital car park extension (Lot 1)",
     "A new opportunity matching your saved search has been published.\n\nDeadline: 14:00 on the 21st.\n\nFollow us on LinkedIn for procurement news.", "en"),
    ("Präventionsdienst Bau Nord", "info@praevention-bau.example.de", "Termine Sicherheitsunterweisung März",
     "Sehr geehrte Damen und Herren,\n\nanbei die Termine für die kostenlosen Unterweisungen. Aktuelles auch auf unserer LinkedIn-Seite.", "de"),
    ("Atelier Aubriot & Vasseur", "agence@aubriot-vasseur.example.fr", "Détail about de dalle – DWG",
     "Bonjour Alex,\n\ncomme indiqué sur LinkedIn, voici le détail en pièce jointe. N'hésitez pas à nous faire vos remarques.\n\nClémentine", "fr"),
    ("Colegio de Aparejadores", "eventos@aparejadores.example.es", "Jornada técnica: rehabilitación de fachadas",
     "Estimado/a colegiado/a,\n\nle invitamos a la jornada técnica del día 18. Inscripción gratuita. Síguenos en LinkedIn.", "es"),
    ("Scuola Edile", "corsi@scuolaedile.example.it", "Calendario corsi preposti e RLS",
     "Gentile impresa,\n\nin allegato il calendario dei corsi del trimestre. Trovate gli aggiornamenti anche sulla nostra pagina LinkedIn.", "it"),
    ("Brenmoor HR", "people@brenmoor.example.net", "Please update your LinkedIn for the bid team",
     "Hi Alex,\n\nthe bid team is pulling CVs for the healthcare framework. Could you check your LinkedIn summary mentions the last two hospital jobs?\n\nThanks, Priya", "en"),
    ("Lee Bramwell", "lee@bramwell-drylining.example.co.uk", "Drylining rates - northern jobs",
     "Alex,\n\nattached our schedule of rates. I've also tried you on LinkedIn. Would appreciate a yes or no.\n\nLee", "en"),
    ("Raithel Bau AG Karriere", "karriere@raithel-bau.example.de", "Ihre Bewerbung – Eingangsbestätigung",
     "Guten Tag,\n\nvielen Dank für Ihr Interesse. Sie haben sich über LinkedIn beworben; wir melden uns innerhalb von zwei Wochen.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-sixth development corpus (dev36). Generated by scripts/make_corpus_dev36.py (seed {SEED}); do not edit by hand.",
          "# Alex as a construction project director: materials suppliers, BIM and site software vendors, subcontractors (joint tenders, "
          "and hostility when ignored), paid vs free safety training, engineering consultancies, recruiters, architects. Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique; pinned names exist."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for p in PEOPLE:
        for s in p[6]:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (p[2], len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev36", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
