#!/usr/bin/env python3
"""Write mailbot's dev204 corpus: tests/corpus/dev204/*.eml + expected.toml.

The angle: an ordinary two months (13 April to 12 June 2026) in the LinkedIn inbox of Alex
Morgan, a public-health researcher at a university in Madrid. Grant offices and grant-writing
consultants, journal invitations (some predatory, some real review requests), survey-software
and lab-equipment sellers, PhD candidates, colleagues sharing datasets, paid "keynote" and
award offers, NGO partners, and a reviewer-turned-author who turns rude after a rejection.
Writers use Spanish, English, French, Catalan, and some Italian and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates, the story gaps, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev204.py              # writes tests/corpus/dev204
    python scripts/make_corpus_dev204.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260413

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2026, 4, 13, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2026, 6, 12, 21, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 12), "acc": (0, 0), "end": (1, 9), "msg": (2, 14), "inm": (2, 12)})


def _span(steps) -> tuple[float, float]:
    """The shortest and longest time, in days, from a story's first mail to its last."""
    lo = hi = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        lo += gap[0] + 600 / 86400
        hi += gap[1] + 40000 / 86400
    return lo, hi


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail lands inside the two months."""
    lo_span, hi_span = _span(steps)
    lo = WIN_LO - timedelta(days=lo_span)
    hi = WIN_HI - timedelta(days=hi_span)
    if hi <= lo:
        hi = lo + timedelta(hours=12)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    """A story starts in its window; spoofs, digests and foreign mail anywhere in the two months."""
    lo, hi = getattr(self, "window", None) or (WIN_LO, WIN_HI)
    self.window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_story = cs.Stories.story


def _story_in_window(self, scenario, lang, name, headline, location, nl, steps):
    self.g.window = _window(steps)
    return _story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_window

# ------------------------------------------------------------------ a public-health researcher's world (this process only)
SKILLS = {
    "en": ["Epidemiology", "Public Health", "Biostatistics", "Survey Design", "Health Policy", "R"],
    "de": ["Epidemiologie", "Public Health", "Biostatistik", "Fragebogenentwicklung", "Gesundheitspolitik"],
    "fr": ["Épidémiologie", "Santé publique", "Biostatistique", "Conception d'enquêtes", "Politiques de santé"],
    "es": ["Epidemiología", "Salud pública", "Bioestadística", "Diseño de encuestas", "Políticas de salud"],
    "it": ["Epidemiologia", "Sanità pubblica", "Biostatistica", "Progettazione di questionari", "Politiche sanitarie"],
}
RHEADLINE = {"en": "Public Health Researcher | Universidad Complutense de Madrid",
             "de": "Forscher/in Public Health | Universidad Complutense de Madrid",
             "fr": "Chercheur·e en santé publique | Universidad Complutense de Madrid",
             "es": "Investigador/a en Salud Pública | Universidad Complutense de Madrid",
             "it": "Ricercatore/trice in sanità pubblica | Universidad Complutense de Madrid"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Postdoctoral Researcher in Epidemiology", "ISGlobal"), ("Investigador/a Ramón y Cajal – Salud Pública", "Universidad de Granada"),
              ("Chargé·e de recherche en épidémiologie sociale", "Inserm"), ("Wissenschaftliche/r Mitarbeiter/in Public Health (m/w/d)", "Charité Berlin"),
              ("Ricercatore RTD-B Igiene e Sanità Pubblica", "Università di Padova"), ("Technical Officer, Surveillance", "WHO Regional Office for Europe")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"epidemiologist\"", "Your job alert for epidemiologist in {city}"),
           "news": "Are heat-health action plans working?", "group": "Top conversations in European Public Health Network",
           "newsletter": "Signal & Noise: reading a cohort study in ten minutes"},
    "de": {"job": ("{n} neue Jobs für „Epidemiologe“", "Ihr Jobalarm für Epidemiologie in {city}"),
           "news": "Hitzeschutzpläne: Was die Kommunen bisher erreicht haben", "group": "Top-Unterhaltungen in Public Health Deutschland",
           "newsletter": "Evidenz kompakt: Register und Datenschutz"},
    "fr": {"job": ("{n} nouvelles offres pour « épidémiologiste »", "Votre alerte emploi pour épidémiologiste à {city}"),
           "news": "Déserts médicaux : ce que disent les nouvelles données", "group": "Meilleures discussions dans Santé publique francophone",
           "newsletter": "Cohortes & co : pourquoi les perdus de vue comptent"},
    "es": {"job": ("{n} empleos nuevos para «epidemiólogo»", "Tu alerta de empleo para epidemiología en {city}"),
           "news": "¿Está preparada la atención primaria para el próximo verano?", "group": "Conversaciones destacadas en Salud Pública España",
           "newsletter": "Datos con salud: el padrón como fuente epidemiológica"},
    "it": {"job": ("{n} nuove offerte per «epidemiologo»", "La tua segnalazione di offerte per epidemiologia a {city}"),
           "news": "Vaccinazioni negli adulti: cosa cambia nel 2026", "group": "Conversazioni principali in Igiene e Sanità Pubblica",
           "newsletter": "Numeri e salute: leggere un rischio relativo"},
})
mc.COMPANIES["good"] = ["Universidad Complutense de Madrid", "ISGlobal", "Instituto de Salud Carlos III", "Inserm", "Charité Berlin",
                        "Università di Padova", "Médicos del Mundo", "Agència de Salut Pública de Barcelona"]
mc.COMPANIES["sales"] = ["SurveyNest", "CryoLab Ibérica", "GrantBoost", "Transcribia", "PanelPro Research", "StatHelp Consulting"]
mc.HEADLINES["good"] = ["Epidemiologist at {co}", "PhD candidate | {co}", "Senior Researcher, {co}", "Research Manager at {co}",
                        "Lecturer in Public Health | {co}", "Programme Officer, {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Academia | {co}", "Business Development at {co}", "Founder @ {co}", "Partnerships | {co}",
                         "Helping research teams win funding | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "display:outlook.com", "untrusted:mx.google.com", "lookalike:linkedin-mail.co", "buried", "wrongpass",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the reviewer comments on your manuscript are ready. Sign in here to read them before the deadline.",
           "Dear {first}, your grant payment is on hold until you confirm your bank details through the secure link."],
    "de": ["Hallo {first}, die Gutachten zu Ihrem Manuskript liegen vor. Bitte hier anmelden, um sie zu lesen.",
           "Guten Tag, Ihre Fördermittelauszahlung ist blockiert. Bitte bestätigen Sie Ihre Bankdaten über den Link."],
    "fr": ["Bonjour {first}, les rapports des relecteurs sont disponibles. Connectez-vous pour les consulter.",
           "Bonjour, le versement de votre subvention est suspendu : merci de confirmer vos coordonnées bancaires via le lien."],
    "es": ["Hola {first}, ya están los informes de los revisores de tu manuscrito. Inicia sesión aquí para leerlos.",
           "Estimado/a {first}, el pago de su ayuda está retenido hasta que confirme sus datos bancarios en el enlace seguro."],
    "it": ["Ciao {first}, i commenti dei revisori sul tuo manoscritto sono pronti. Accedi qui per leggerli.",
           "Gentile {first}, l'erogazione del finanziamento è sospesa: confermi i dati bancari tramite il link sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Núria Casals", "Doctoranda en Epidemiologia | Agència de Salut Pública de Barcelona", "Barcelona",
  ("inv", "Hola Alex! Sóc la Núria, faig el doctorat sobre calor extrema i mortalitat a Barcelona. Vaig llegir el vostre article sobre les onades de 2022 "
          "i tinc un dubte amb el retard de 7 dies que vau fer servir. Em podries dedicar deu minuts? Gràcies!"),
  ("rem",))
P("good_invitation", "en", "Dr. Amara Okafor", "Epidemiologist | Wastewater Surveillance Lead, UKHSA", "London",
  ("inv", "Alex, we're running a free online masterclass on wastewater surveillance for respiratory viruses on 21 May, open to EU academics; "
          "CPD credits for attendees. Your team's sewage sampling work in Madrid would make a great Q&A contribution. Hope to see you there."))
P("good_invitation", "fr", "Camille Roussel", "Chargée de recherche | Inserm – équipe EPICOV", "Lyon",
  ("inv", "Bonjour Alex, nous harmonisons nos données de cohorte avec celles de votre enquête de seroprévalence pour une analyse commune. "
          "J'ai préparé un dictionnaire des variables que je peux vous envoyer. Ça vous dirait d'en discuter ?"),
  ("rem",))
P("good_invitation", "it", "Federico Sartori", "Dottorando in Sanità Pubblica | Università di Padova", "Padova",
  ("inv", "Buongiorno, sto adattando in italiano il vostro questionario sull'esitazione vaccinale. Prima di procedere vorrei chiederle il permesso "
          "e se avete la versione con le istruzioni per i somministratori. Grazie in anticipo!"))
P("good_invitation", "es", "Marcos Villalba", "Talent Acquisition | ISGlobal", "Barcelona",
  ("inv", "Hola Alex, buscamos un/a investigador/a senior para el programa de salud urbana (contrato de 4 años, con grupo propio). "
          "Me han hablado muy bien de tu trabajo en encuestas poblacionales. ¿Te puedo pasar la convocatoria?"),
  ("rem",))
P("good_invitation", "de", "Jana Köhler", "Wissenschaftliche Koordinatorin | Charité – Institut für Sozialmedizin", "Berlin",
  ("inv", "Liebe/r Alex, im September veranstalten wir eine Summer School zu Mixed Methods in der Versorgungsforschung, gebührenfrei, "
          "Unterkunft wird gestellt. Wir suchen noch Dozierende für einen Nachmittag – hätten Sie Interesse? Programm schicke ich gern."))
P("good_invitation", "en", "Thabo Nkosi", "MPH student | London School of Hygiene & Tropical Medicine", "London",
  ("inv", "hi Alex, MPH student here. doing my summer project on food insecurity surveys and found your validation paper. "
          "did you ever test the short form in migrant populations? would love to know before I pick my tool :)"))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Castaño", "Técnico de laboratorio | Biología molecular", "Getafe", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kelly Marsh", "Research Consultant | Health Economics", "Bristol", ("inv", NONOTE))
P("default_invitation", "it", "Daniela Esposito", "Project Manager | Bandi europei", "Napoli", ("inv", DEFAULT))
P("default_invitation", "fr", "Olivier Ternant", "Responsable commercial | Matériel de laboratoire", "Toulouse", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Ainhoa Etxeberria", "Enfermera | Salud comunitaria", "Donostia", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Brandon Tiller", "Account Executive, Academia | SurveyNest", "Dublin",
  ("inv", "Hey Alex, noticed your group still runs surveys on an old LimeSurvey install. SurveyNest gives universities unlimited responses, GDPR hosting in Frankfurt "
          "and a 30% academic discount this quarter. 15 minutes next week for a quick walkthrough?"))
P("sales_invitation", "es", "Lorena Giménez", "Delegada comercial | CryoLab Ibérica", "Madrid",
  ("inv", "Buenos días Alex, llevo la zona centro para CryoLab. Tenemos congeladores de -80 °C con monitorización remota y renove de equipos antiguos. "
          "¿Le encajaría que pase por el laboratorio a enseñárselos?"),
  ("rem",))
P("sales_invitation", "de", "Tobias Wendt", "Sales | Transcribia – Interviews in Minuten transkribiert", "Köln",
  ("inv", "Hallo Alex, für qualitative Studien: Wir transkribieren Interviews auf Spanisch, Deutsch und Englisch inkl. Pseudonymisierung, ab 0,90 €/Minute. "
          "Darf ich Ihnen ein Angebot für Ihr nächstes Projekt machen?"))
P("sales_invitation", "it", "Giacomo Ferri", "Consulente progettazione europea | GrantBoost", "Bologna",
  ("inv", "Salve Alex, scriviamo proposte Horizon Europe per gruppi di ricerca: lei porta l'idea, noi il resto. Compenso solo a successo (8% del budget). "
          "Le interessa una chiamata conoscitiva?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Harish Menon", "Editor-in-Chief | Global Journal of Community Health Sciences", "Chennai",
  ("inv", "Respected Dr. Alex, considering your valuable contributions to public health, our editorial team would like you to join our Editorial Board "
          "as Associate Editor. It is an honorary position. Kindly accept my request to proceed."),
  ("msg", "Dear Dr. Alex, thank you for connecting. As a board member you are requested to contribute one article per year. "
          "Board members get 40% waiver, so APC is only USD 720. Please send your manuscript by the 15th for the June issue.", (3, 9)),
  ("msg", "Dear Sir/Madam, reminder regarding your manuscript. Also you may refer colleagues: for each paid article you will receive USD 50 credit.", (6, 14)))
P("bait_and_switch_invitation", "es", "Óscar Pallarés", "Coordinador | Comunidad de Investigadores en Salud Pública", "Valencia",
  ("inv", "Hola Alex, estamos montando una comunidad de investigadores jóvenes en salud pública para compartir convocatorias y buenas prácticas. "
          "Sin cuotas, solo ganas de colaborar. ¿Te unes?"),
  ("msg", "¡Gracias por aceptar, Alex! Por cierto, además de la comunidad dirijo PanelPro Research: te consigo 2.000 encuestas online representativas "
          "en 10 días a 3,50 € la respuesta. Si tenéis un proyecto en marcha te preparo presupuesto sin compromiso.", (4, 12)))
P("bait_and_switch_invitation", "fr", "Julien Mercier", "Consultant financement de la recherche | ex-PCN Horizon", "Paris",
  ("inv", "Bonjour Alex, j'ai rédigé un petit guide gratuit sur les erreurs fréquentes dans les propositions Horizon Europe (section Impact). "
          "Je le partage avec des chercheurs en santé publique, je vous l'envoie ?"),
  ("msg", "Voici le guide, bonne lecture !"),
  ("msg", "Bonjour Alex, j'espère que le guide vous a servi. Pour le prochain appel Cluster 1, je vous propose un accompagnement complet à la rédaction : "
          "forfait de 6 500 € plus 3 % en cas de succès. On fixe un appel cette semaine ?", (5, 15)))
P("bait_and_switch_invitation", "es", "Jordi Puigvert", "Metge de família | Grup d'epidemiòlegs de Catalunya", "Girona",
  ("inv", "Bon dia Alex, fem un cercle petit d'epidemiòlegs i metges de salut pública que ens trobem un cop al mes per sopar i parlar de feina. "
          "Ens agradaria que vinguessis la propera vegada. Connectem?"),
  ("msg", "Alex, gràcies per connectar! Et comento una cosa: a part de la medicina, assessoro companys en plans de pensions i assegurances de vida "
          "per a funcionaris i investigadors. Et puc fer una revisió gratuïta aquesta setmana? T'estalviaries molt en impostos.", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Sophia Renwick", "Programme Director | World Summit on Public Health & Epidemiology", "Dubai",
  ("inm", "Keynote invitation – World Summit on Public Health 2026", "Dear Dr. Morgan, on behalf of the scientific committee, it is my pleasure to invite you "
          "as a Keynote Speaker at the World Summit on Public Health & Epidemiology, 14-16 October, Dubai. Your work on survey methods fits our main theme."),
  ("inm", "Keynote confirmation – next steps", "Dear Dr. Morgan, thank you for your positive reply. To confirm your keynote slot, please complete the speaker "
          "registration (EUR 1,199, includes gala dinner and certificate) within 7 days. Accommodation can be booked through our partner agency."))
P("bait_and_switch_inmail", "es", "Lidia Montenegro", "Secretaría técnica | Premios Excelencia Sanitaria", "Madrid",
  ("inm", "Ha sido seleccionado/a: Premio a la Investigación en Salud Pública", "Enhorabuena, Alex. El jurado de los Premios Excelencia Sanitaria 2026 le ha "
          "seleccionado como finalista en la categoría de Investigación en Salud Pública por su trayectoria. Le escribo para darle los detalles."),
  ("inm", "Gala de entrega – confirmación", "Estimado/a Alex: para formalizar su condición de galardonado/a es necesario adquirir el paquete de gala "
          "(2.450 € + IVA), que incluye la estatuilla, el reportaje en nuestra revista y dos invitaciones a la cena. Quedo a la espera de la orden de compra."))
P("bait_and_switch_inmail", "it", "Stefano Rinaldi", "Data scientist | Consulenza statistica per la ricerca", "Torino",
  ("inm", "Domanda sul vostro modello multilivello", "Ciao Alex, sto rileggendo il vostro paper sull'accesso alle cure primarie e non mi torna "
          "come avete gestito i comuni con meno di 5 osservazioni. Li avete accorpati? Grazie se riesci a rispondermi."),
  ("inm", "Re: Domanda sul vostro modello multilivello", "Grazie mille della spiegazione! Visto che lavorate con dati così complessi, ti segnalo che offro "
          "pulizia dati e analisi statistiche in outsourcing per gruppi di ricerca: pacchetto da 40 ore a 2.800 €. Ti mando il listino?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Paula Arregui", "Técnica de salud pública | Diputación Foral", "Vitoria-Gasteiz",
  ("end",), ("end",),
  ("msg", "Kaixo Alex! Te he validado {skill} y un par más, que te lo mereces. ¿Me devolverías el favor con Promoción de la salud y Evaluación de programas? "
          "Estoy preparando una OPE y me da que lo miran. Mil gracias"))
P("endorse_me_back", "en", "Ryan Kowalczyk", "Clinical Research Associate | Oncology trials", "Warsaw",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill}. Mind doing the same for me for GCP and Clinical Monitoring? Recruiters filter on it apparently. Thx!"))
P("endorse_me_back", "fr", "Aurélie Fontaine", "Chargée de projets | Promotion de la santé", "Bruxelles",
  ("end",), ("end",),
  ("msg", "Coucou Alex, je t'ai recommandé(e) pour {skill} 🙂 Si tu as deux secondes, tu pourrais me recommander pour Gestion de projet et Plaidoyer ? "
          "Je change de poste bientôt, ça m'aiderait. Merci !!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Prof. Gerald Hume", "Professor of Health Policy (retired) | Author", "Oxford",
  ("inv", "Alex, you handled my manuscript at the journal. I would like a word about the decision, which I believe rests on a misreading of our methods."),
  ("rem",),
  ("inm", "Your editorial conduct", "Alex, since you cannot be bothered to reply, let me put it plainly. Your rejection of our paper was lazy and, frankly, "
          "incompetent. Reviewer 2 clearly did not read past the abstract and you rubber-stamped it. People like you are why good science never gets published. "
          "I have copied the editor-in-chief."))
P("hostility_after_decline", "es", "Ignacio Barrientos", "Director comercial | StatHelp Consulting", "Sevilla",
  ("inv", "Hola Alex, ayudamos a grupos de investigación con el análisis estadístico de sus tesis y proyectos. ¿Conectamos?"),
  ("inm", "Sin respuesta", "Alex, te he escrito por todas partes y ni un 'no, gracias'. Qué poca educación tenéis algunos en la universidad pública, "
          "vivís de nuestros impuestos y no sois capaces de contestar a un profesional. En fin."))
P("hostility_after_decline", "it", "Luca Mancini", "Aspirante dottorando | Laurea in Statistica", "Roma",
  ("inv", "Salve, vorrei candidarmi a un dottorato nel suo gruppo, posso mandarle il CV?"),
  ("rem",),
  ("inm", "grazie tante", "Ho visto che non ha accettato. Complimenti, proprio un bell'esempio di apertura verso i giovani. Poi vi lamentate che "
          "scappiamo tutti all'estero. Arrogante."))
P("hostility_after_decline", "fr", "Régis Delorme", "Expert santé environnementale | Conférencier", "Marseille",
  ("inv", DEFAULT),
  ("inm", "Étonnant", "Je découvre que vous ignorez mon invitation. Vous vous croyez sans doute au-dessus des praticiens de terrain. "
          "Quelle suffisance. Je ne manquerai pas d'en parler autour de moi."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Víctor Albarracín", "Key Account | Equipamiento de laboratorio", "Zaragoza",
  ("msg", "Hola Alex, tenemos en stock cabinas de bioseguridad clase II con un 25% de descuento hasta fin de mes. ¿Te mando una oferta formal para el departamento?"),
  ("msg", "Alex, te la mando igualmente, por si la pasas a compras."),
  ("msg", "Mira, entiendo que no te interese, pero no contestar a tres mensajes es de muy mala educación. Luego os quejáis de que nadie os hace caso "
          "a los investigadores. Te borro de mis contactos."))
P("hostility_connection", "en", "Dana Whitfield", "Founder | ImpactStory – research communication agency", "Manchester",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Loved your talk. We turn research findings into videos and infographics that funders actually read. "
          "Packages from £3k. Shall I put together a proposal for your next project?"),
  ("msg", "Wow. You connect with me and then ghost me for a month? That's really unprofessional, Alex. I'd expected better from someone who lectures "
          "about 'public engagement'. Good luck with your dissemination plan."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Chloe Barrington", "Academic Partnerships | SurveyNest", "Dublin",
  ("msg", "Hi Alex! Just checking in: SurveyNest now supports offline data collection on tablets, perfect for household surveys. Want a demo?"),
  ("msg", "Alex, our academic pricing ends 30 June. Can I send a quote for a 3-year faculty licence?"))
P("connection_only_pitches", "es", "Fernando Ruiz-Cobo", "Socio director | GrantBoost España", "Madrid",
  ("msg", "Buenas Alex, se abre la convocatoria de Proyectos de Generación de Conocimiento. Nosotros redactamos la memoria entera por 3.900 €. ¿Te interesa?"),
  ("msg", "Alex, ya solo quedan 2 huecos en nuestra agenda para la convocatoria del ISCIII. ¿Te reservo uno?"),
  ("msg", "Última oportunidad: 15% de descuento si cerramos esta semana. Dime algo."))
P("connection_only_pitches", "de", "Sabine Lorenz", "Vertrieb Forschungseinrichtungen | LabSafe Pipetten", "Hamburg",
  ("msg", "Hallo Alex, unsere neuen elektronischen Pipetten sind jetzt im Rahmenvertrag vieler Unis. Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Guten Tag, kurze Erinnerung an unser Frühjahrsangebot: 3 Pipetten zum Preis von 2. Termin für eine Vorführung?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Sébastien Gautier", "Ingénieur commercial | Logiciels d'analyse qualitative", "Nantes",
  ("msg", "Bonjour Alex, je vois que votre équipe fait des entretiens qualitatifs. Notre logiciel de codage intègre maintenant la transcription automatique. "
          "Je peux vous proposer une licence d'essai et une présentation de 20 minutes ?"))
P("single_pitch", "es", "Marta Olmos", "Consultora | Formación en comunicación científica", "Madrid",
  ("msg", "¡Hola Alex! Organizo talleres de media training para investigadores: salir en la tele sin morir en el intento 😅. 450 € por persona, grupos de 8. "
          "¿Te paso fechas para tu equipo?"))
P("single_pitch", "en", "Nikhil Rao", "Co-founder | CiteBoost – grow your h-index", "Bengaluru",
  ("msg", "Hi Alex, your citations could be higher. We promote papers to 40k researchers through targeted campaigns, $300 per paper. Interested?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Elena Saavedra", "Investigadora | Instituto de Salud Carlos III", "Madrid",
  ("msg", "Alex, ya tengo el fichero de la ENS 2023 con las variables de contexto enlazadas por sección censal. Te lo he dejado en la carpeta del proyecto "
          "con el diccionario. Ojo, la renta viene en deciles, no en euros."),
  ("msg", "Por cierto, el seminario del jueves lo grabamos, te paso el enlace si no puedes venir."))
P("connection_brings_value", "en", "Grace Mwangi", "Country Director | Médicos del Mundo Kenya", "Nairobi",
  ("end",),
  ("msg", "Alex, the field report from the Turkana nutrition survey is out. Your sampling advice saved us weeks, so we credited your team in the acknowledgements. "
          "PDF attached in the shared drive. Also: we have funding for one MSc student internship this autumn if you have someone in mind."))
P("connection_brings_value", "fr", "Hélène Dubreuil", "Éditrice associée | Revue d'Épidémiologie et de Santé Publique", "Paris",
  ("msg", "Bonjour Alex, accepteriez-vous d'évaluer un manuscrit sur les inégalités d'accès au dépistage du cancer du col ? "
          "Délai de trois semaines, je peux l'allonger si besoin. Résumé en pièce jointe de l'e-mail de la revue."))
P("connection_brings_value", "es", "Pau Ribes", "Tècnic de dades | Agència de Salut Pública de Barcelona", "Barcelona",
  ("msg", "Ei Alex! Hem publicat en obert les dades de mortalitat per barri 2015-2025 al portal de l'Agència. Us poden anar bé per al projecte de calor. "
          "Si voleu un extracte amb més desagregació, digues-m'ho i ho tramitem."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Helena Strand", "Talent Acquisition Partner | WHO Regional Office for Europe", "Copenhagen",
  ("inm", "Consultancy: survey methods for the European Health Interview Survey", "Dear Alex, WHO/Europe is recruiting a consultant for six months to support "
          "the methodology of the next wave of the European Health Interview Survey. Remote with two missions to Copenhagen. Your name came up from two "
          "member-state focal points. Would you like to receive the terms of reference?"))
P("stranger_inmail_recruiter", "es", "Carmen Lucena", "Responsable de RRHH | Fundación para la Investigación Biomédica", "Madrid",
  ("inm", "Plaza de jefe/a de unidad de epidemiología", "Hola Alex, estamos cubriendo la jefatura de la unidad de epidemiología clínica de nuestro hospital "
          "(plaza indefinida, dedicación a investigación del 50%). El director científico me pidió que contactara contigo. ¿Hablamos esta semana?"))
P("stranger_inmail_recruiter", "fr", "Mathilde Perrin", "Recrutement | Médecins Sans Frontières – Epicentre", "Paris",
  ("inm", "Poste d'épidémiologiste – Epicentre", "Bonjour Alex, Epicentre recrute un·e épidémiologiste pour coordonner des enquêtes de mortalité rétrospective "
          "au Sahel (CDD 12 mois, basé à Paris). Votre expérience des enquêtes en grappes correspond bien. Seriez-vous ouvert·e à un échange ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Dr. Priscilla Adeyemi", "Managing Editor | International Journal of Medical & Health Research", "Lagos",
  ("inm", "Call for papers – fast publication", "Dear Esteemed Researcher, we invite you to submit your next article to our indexed journal. "
          "Peer review in 72 hours, publication within 10 days. APC USD 399. Kindly submit through our website."))
P("stranger_inmail_sales", "es", "Rocío Benjumea", "Ejecutiva de cuentas | CryoLab Ibérica", "Sevilla",
  ("inm", "Renovación de ultracongeladores", "Buenos días Alex, sabemos que muchos laboratorios universitarios tienen equipos de más de 10 años. "
          "Con nuestro plan renove te descontamos hasta 3.000 € por el equipo viejo. ¿Te preparo una oferta?"),
  ("inm", "¿Te llegó mi mensaje?", "Hola de nuevo, te dejo el catálogo y las condiciones del plan renove. Quedo a tu disposición."))
P("stranger_inmail_sales", "de", "Markus Heller", "Kongressorganisation | Health Events Europe", "Wien",
  ("inm", "Sprecherplatz beim Public Health Forum Wien", "Guten Tag, für unser Public Health Forum im November vergeben wir noch drei Sprecherplätze "
          "(Sponsoring-Paket ab 4.900 €, inkl. 20 Minuten Vortrag und Ausstellerfläche). Soll ich Ihnen die Mediadaten schicken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Beatriz Lozano", "Coordinadora de proyectos | ONG Salud Sin Fronteras", "Madrid",
  ("inv", "Hola Alex, desde la ONG estamos evaluando un programa de salud materna en Guatemala y nos vendría muy bien tu opinión sobre el diseño muestral. "
          "A cambio te compartimos los datos para publicar juntos si te interesa."),
  ("msg", "¡Gracias por las recomendaciones! Te he dejado la base de datos anonimizada y el protocolo en la carpeta compartida."),
  ("msg", "Alex, una cosa más: para financiar la segunda fase estamos pidiendo a los investigadores colaboradores que se hagan socios con una cuota mensual "
          "de 30 € y que nos presenten a empresas donantes de su entorno. ¿Te apunto? Te paso el formulario de domiciliación.", (8, 20)))
P("good_turns_ugly", "en", "Dr. Liam O'Sullivan", "Senior Lecturer in Epidemiology | University College Cork", "Cork",
  ("inv", "Alex, I'm putting together a reading list on small-area estimation for our MSc and your tutorial paper is on it. Happy to share the full list and slides back."),
  ("msg", "Here are the slides and the list as promised. Feel free to reuse anything."),
  ("end",),
  ("msg", "Hi Alex, just endorsed you for {skill}! Could you endorse me for Biostatistics and Teaching? I'm up for promotion next month and the panel "
          "apparently looks at LinkedIn. Would be grand."))
P("good_turns_ugly", "it", "Valentina Greco", "Research Manager | Fondazione Sanità Futura", "Milano",
  ("inv", "Buongiorno Alex, organizziamo un webinar gratuito sulla valutazione d'impatto dei programmi di screening, con crediti ECM per i medici. "
          "Mi farebbe piacere invitarla come relatrice o partecipante."),
  ("msg", "Grazie per aver partecipato al webinar! Le giro la registrazione e le slide di tutti i relatori."),
  ("msg", "Alex, ora che ci conosciamo: la nostra fondazione offre servizi di valutazione su commissione per ASL e ospedali. Potrebbe presentarci al suo "
          "contatto al Ministerio de Sanidad? Le riconosciamo una percentuale sui contratti.", (6, 18)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Tyler Brooks", "Sales Director EMEA | PanelPro Research", "Amsterdam",
  ("inm", "Survey panels for health research", "Hi Alex, we provide online panels in 28 countries with health-condition targeting. "
          "Can I send pricing for your next study?"),
  ("inv", "Hi Alex, great to see your talk at the EUPHA webinar. Would love to stay connected!", (25, 45)))
P("reinvite_known_bad", "es", "Silvia Marcos", "Consultora | Proyectos europeos", "Valladolid",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en la jornada del ISCIII sobre Horizonte Europa. Me encantaría que conectáramos.", (30, 50)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dr. Kevin Achterberg", "Founder | Global Health Leadership Awards", "Rotterdam",
  ("inm", "Nomination: Global Health Leadership Award", "Dear Alex, I'm delighted to tell you that you have been nominated for the Global Health Leadership Award "
          "2026 in recognition of your research. Shall I send details?"),
  ("inm", "Award – participation fee", "Dear Alex, thanks for your reply. Nominees confirm their award by purchasing the laureate package (EUR 1,850), "
          "which covers the trophy, the press release and the ceremony. Please confirm by Friday.", (3, 8)),
  ("inv", "Hello Alex, let's connect, I'd value having you in my network.", (20, 40)))
P("reinvite_known_ugly", "es", "Andrés Pizarro", "Comercial | Software de gestión de laboratorios (LIMS)", "Murcia",
  ("inv", "Hola Alex, ¿qué LIMS usáis en el departamento? Te cuento lo nuestro en 10 minutos."),
  ("inm", "???", "Veo que pasas de mí. Muy bonito. Los funcionarios tan ocupados como siempre, ¿no? Ya me han dicho en tu facultad que eres así."),
  ("inv", "Alex, empecemos de cero, ¿conectamos?", (25, 40)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Gonzalo Herrero", "Director de Innovación | HealthData Analytics", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que estamos: tenemos una plataforma de cuadros de mando epidemiológicos que venden a consejerías de sanidad. "
          "¿Podrías presentarnos a quien lleve vigilancia en la Comunidad de Madrid?"))
P("user_invited_pitch_once", "fr", "Émilie Vasseur", "Business developer | Enquêtes téléphoniques CATI", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Je me permets de vous signaler nos tarifs enquêtes CATI pour la recherche : 18 € le questionnaire de 15 minutes. "
          "Un devis pour votre prochaine vague ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Owen Fairclough", "Head of Sales | Transcribia UK", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! If your team has interviews piling up, we transcribe and anonymise in 48h. First 5 hours free."),
  ("msg", "Hi Alex, following up on the free trial. Shall I set up an account for your group?"))
P("user_invited_pitch_twice", "es", "Montserrat Vidal", "Account manager | Editorial científica Open Access", "Barcelona",
  ("acc",),
  ("msg", "Gràcies per connectar, Alex! La nostra editorial té un acord amb diverses universitats: si el teu grup publica amb nosaltres, "
          "la taxa baixa a 1.100 €. T'envio la informació?"),
  ("msg", "Alex, et recordo que el descompte s'acaba a final de mes. Vols que et reservi dos articles?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Fatima Zahra Benali", "Research Fellow | Institute for Global Health, UCL", "London",
  ("acc",),
  ("msg", "Thanks for reaching out after the conference, Alex! As promised, here's the link to our harmonised DHS dataset with the cleaning scripts. "
          "If you want to try it on the Spanish data too, I'm up for a joint abstract for the EPH conference."))
P("user_invited_value", "es", "Ana Belén Cortés", "Jefa de servicio de vigilancia | Consejería de Sanidad", "Toledo",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Te confirmo que podemos cederos los datos de notificación de 2020-2025 con el convenio firmado; "
          "te paso el modelo de solicitud. Y si queréis un alumno en prácticas en el servicio, tenemos plaza en otoño."))
P("user_invited_value", "de", "Prof. Dr. Reinhard Vogel", "Lehrstuhl für Epidemiologie | LMU München", "München",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie besprochen schicke ich Ihnen unseren Syntax-Code für die Gewichtung der NAKO-Daten. "
          "Und falls Ihre Doktorandin im Herbst einen Forschungsaufenthalt bei uns machen möchte: Platz und Betreuung haben wir."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Rosa Campillo", "Vicerrectora de Investigación | Universidad de Murcia", "Murcia", ("acc",))
P("acceptance_only", "en", "Matteo Bianchi", "Programme Officer | European Centre for Disease Prevention and Control", "Stockholm", ("acc",))
P("lone_endorsement", "es", "Irene Soler", "Exalumna del máster | Técnica de salud pública", "Valencia", ("end",))
P("lone_endorsement", "fr", "Youssef Amrani", "Doctorant | Santé publique, Université de Bordeaux", "Bordeaux", ("end",))


# =============================================================== more voices (the grant office, NGOs, students)
P("good_invitation", "es", "Laura Benítez", "Técnica de la Oficina de Proyectos Internacionales | Universidad Complutense", "Madrid",
  ("inv", "Hola Alex, soy de la OPI. El 6 de mayo damos una sesión gratuita sobre el presupuesto de las ERC Starting Grants para el personal investigador. "
          "Te guardo plaza si quieres; también revisamos borradores."))
P("connection_brings_value", "it", "Chiara Fontanesi", "Coordinatrice progetti | Emergency ONG", "Milano",
  ("msg", "Ciao Alex, ti giro il rapporto sulla salute dei migranti nei centri di accoglienza che abbiamo chiuso ieri. Ci sono i dati grezzi in appendice: "
          "se ti servono per il confronto con la Spagna usali pure, basta citare la fonte."))
P("stranger_inmail_sales", "fr", "Pascal Lenoir", "Directeur | Académie Européenne des Sciences de la Santé", "Genève",
  ("inm", "Votre admission comme Membre Fellow", "Bonjour Alex, votre parcours vous qualifie pour le titre de Fellow de notre Académie. "
          "Frais d'admission : 690 CHF, cotisation annuelle 250 CHF, certificat encadré inclus. Souhaitez-vous recevoir le dossier ?"))
P("sales_invitation", "es", "Eduard Sala", "CEO | Enquestes Ràpides SL", "Sabadell",
  ("inv", "Bon dia Alex! Fem treball de camp d'enquestes presencials a tot l'Estat, amb enquestadors formats en salut. Us podem fer pressupost "
          "per al proper projecte sense compromís?"))
P("good_invitation", "it", "Sara Colombo", "Epidemiologa | ATS Milano", "Milano",
  ("inv", "Ciao Alex, ci siamo scritte per mail sul progetto di sorveglianza delle ondate di calore. Ti aggiungo qui così ti giro il protocollo condiviso con Barcellona."))
P("single_pitch", "it", "Roberto Galli", "Sales Manager | Bilance e centrifughe da laboratorio", "Verona",
  ("msg", "Buongiorno Alex, le segnalo la promozione di primavera sulle nostre centrifughe refrigerate: -20% e consegna in 5 giorni. Vuole un preventivo?"))
P("hostility_after_decline", "es", "Aitor Lasa", "Postdoc | Salud ambiental", "Bilbao",
  ("inv", "Hola, soy postdoc en salud ambiental y me gustaría conectar para compartir trabajos sobre contaminación y asma infantil."),
  ("inm", "Vaya", "Veo que no aceptas. Tú sabrás, pero así es como se cierran las puertas en este mundillo. Luego no vengas pidiendo colaboraciones."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Oficina de Proyectos Internacionales", "opi@ucm.example.es", "Recordatorio: sesión ERC Starting Grants (6 de mayo)",
     "Estimado/a investigador/a,\n\nos recordamos la sesión informativa del 6 de mayo. También la hemos anunciado en LinkedIn; la inscripción es por el formulario interno.", "es"),
    ("Global Journal of Community Health Sciences", "editor@gjchs-online.example", "Invitation to submit: June issue (APC applies)",
     "Dear Researcher,\n\nWe found your profile on LinkedIn and Google Scholar. Submit your manuscript for publication in our June issue. APC USD 720 after acceptance.", "en"),
    ("Camille Roussel", "camille.roussel@inserm.example.fr", "Dictionnaire des variables – EPICOV / ENE-COVID",
     "Bonjour Alex,\n\nje vous ai aussi envoyé une demande sur LinkedIn, mais voici directement le dictionnaire des variables en pièce jointe.\n\nCamille", "fr"),
    ("Agència de Salut Pública", "comunicacio@aspb.example.cat", "Jornada de salut urbana: programa",
     "Benvolguda Alex,\n\nus fem arribar el programa de la jornada del 28 de maig. Podeu compartir-ne l'anunci a LinkedIn amb l'etiqueta de l'Agència.", "ca"),
    ("Servicio de Investigación", "investigacion@ucm.example.es", "Justificación económica del proyecto PI23/0117",
     "Hola Alex,\n\nte recordamos que la justificación vence el 30 de junio. No se admiten como gasto las cuotas de premios o congresos ofrecidos por LinkedIn sin revisión científica.", "es"),
    ("EUPHA Secretariat", "office@eupha.example.org", "EPH Conference 2026: abstract accepted",
     "Dear Alex,\n\nwe are pleased to tell you that your abstract has been accepted as an oral presentation. Feel free to share the news on LinkedIn with #EPH2026.", "en"),
    ("SurveyNest", "billing@surveynest.example", "Your trial ends in 3 days",
     "Hi Alex,\n\nyour SurveyNest trial ends soon. Follow us on LinkedIn for tips on questionnaire design.", "en"),
    ("Beatriz Lozano", "beatriz.lozano@saludsinfronteras.example.org", "Datos Guatemala – protocolo",
     "Hola Alex,\n\nte mando también por correo el protocolo que comentamos por LinkedIn. ¡Gracias otra vez!\n\nBea", "es"),
    ("Segreteria ECM", "ecm@sanitafutura.example.it", "Attestato di partecipazione webinar",
     "Gentile partecipante,\n\nin allegato l'attestato del webinar sulla valutazione d'impatto. Il link alla registrazione è stato condiviso anche su LinkedIn.", "it"),
    ("ResearchGate", "no-reply@researchgate.example", "Alex, your paper reached 500 reads",
     "Congratulations! Your article on vaccine hesitancy reached 500 reads. Connect your LinkedIn profile to show it to recruiters.", "en"),
    ("Prof. Reinhard Vogel", "r.vogel@lmu.example.de", "Gewichtungs-Syntax NAKO",
     "Liebe/r Alex,\n\nanbei noch einmal der Code als Datei, über LinkedIn ließ er sich schlecht formatieren.\n\nBeste Grüße\nReinhard Vogel", "de"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev204 corpus. Generated by scripts/make_corpus_dev204.py (seed {SEED}); do not edit by hand.",
          "# Two months (April to June 2026) of a public-health researcher in Madrid: grant offices, journals real and predatory, survey and lab "
          "sellers, PhD candidates, dataset-sharing colleagues, paid keynotes and awards, NGO partners, a rude author after a rejection. "
          "Spanish, English, French, Catalan, Italian, German. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev204", SEED, PEOPLE, FOREIGN, spoofs=12, other=16, header=HEADER, eras=ERAS)
