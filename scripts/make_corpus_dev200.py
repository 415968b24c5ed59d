#!/usr/bin/env python3
"""Write mailbot's development corpus dev200: tests/corpus/dev200/*.eml + expected.toml.

The angle: mid-April to mid-June 2024 of Alex, sustainability manager at a cement company in
Madrid. Carbon-accounting software vendors, offset and credit brokers, ESG consultants with
fees, students and graduates applying for internships and jobs, peers sharing regulation
(CSRD, ESRS, EU ETS, CBAM), paid ESG award "shortlists", NGOs and researchers, and a rude
consultant after a refused proposal. Spanish, English, French, some German, Italian and Catalan.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; skills, job-alert titles, headlines of spoof-only names and the
pitches spoofs carry are swapped for this world in this process only. Every note was written
from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev200.py              # writes tests/corpus/dev200
    python scripts/make_corpus_dev200.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240415

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2024, 4, 15, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2024, 6, 14, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 11), "inm": (3, 10), "inv": (18, 26)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a cement company in Madrid (this process only)
RHEADLINE = {
    "es": "Responsable de Sostenibilidad | Cementos Meseta (Madrid)",
    "en": "Sustainability Manager | Cementos Meseta, Madrid",
    "fr": "Responsable développement durable | Cementos Meseta, Madrid",
    "it": "Responsabile Sostenibilità | Cementos Meseta, Madrid",
    "de": "Nachhaltigkeitsmanager | Cementos Meseta, Madrid",
}
SKILLS = {
    "es": ["Sostenibilidad", "Huella de carbono", "Informes ESG", "Economía circular", "Gestión ambiental", "CSRD"],
    "en": ["Sustainability", "Carbon Accounting", "ESG Reporting", "Life Cycle Assessment", "Environmental Management"],
    "fr": ["Développement durable", "Bilan carbone", "Reporting extra-financier", "Analyse du cycle de vie"],
    "it": ["Sostenibilità", "Carbon footprint", "Rendicontazione ESG", "Economia circolare"],
    "de": ["Nachhaltigkeit", "CO2-Bilanzierung", "ESG-Berichterstattung", "Umweltmanagement"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["es", "en", "es", "fr", "en", "de", "it"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "display:outlook.com", "untrusted:mx.example.org", "wrongpass"]
mc.JOBS[:] = [("Jefe/a de Descarbonización", "Grupo cementero – Toledo"), ("Head of Sustainability, Building Materials", "Norvik Materials"),
              ("Responsable RSE et climat", "Ciments du Rhône"), ("Technical Manager CCUS", "Holmgaard Cement"),
              ("Técnico/a de Medio Ambiente y Emisiones", "Áridos del Henares")]
mc.COMPANIES["good"] = ["Oficemen", "Universidad Politécnica de Madrid", "IETcc-CSIC", "Cementos Levante", "GCCA", "Fundación Conama",
                        "Cementos Tajo"]
mc.COMPANIES["sales"] = ["CarbonLedger", "Verdecredit", "EcoRating Pro", "ESGuard Consulting", "Scope3Now", "GreenSeal Awards"]
mc.HEADLINES["good"] = ["Directora de Medio Ambiente en {co}", "Investigador en {co}", "Head of Climate at {co}", "Técnica de sostenibilidad, {co}",
                        "Ingeniero de procesos | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development at {co}", "Director comercial | {co}", "Partner at {co}"]
SPOOF_PITCH = {
    "es": ["Hola {first}, te he compartido el borrador del informe de verificación de emisiones. Inicia sesión para descargarlo.",
           "Estimado/a {first}, su cuenta de créditos de carbono tiene un pago pendiente. Acceda para regularizarlo hoy."],
    "en": ["Hi {first}, I shared the third-party verification report for your 2023 emissions. Sign in to open the file.",
           "Dear {first}, your company's ESG rating has been suspended pending payment. Log in to restore it."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport de vérification carbone. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre notation ESG est suspendue. Connectez-vous pour régler la facture."],
    "it": ["Ciao {first}, ti ho condiviso il report di verifica delle emissioni. Accedi per scaricarlo.",
           "Gentile {first}, il suo rating ESG è sospeso per un pagamento in sospeso. Acceda per regolarizzare."],
    "de": ["Hallo {first}, ich habe Ihnen den Prüfbericht zur Emissionsbilanz freigegeben. Bitte hier anmelden.",
           "Hallo {first}, Ihr ESG-Rating wurde wegen einer offenen Rechnung pausiert. Bitte melden Sie sich an."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "es": dict(job=("{n} empleos nuevos de «responsable de sostenibilidad»", "Jefe/a de Descarbonización – {n} empleos nuevos"),
               news="El precio del CO2 europeo cae por debajo de 60 euros", group="Conversaciones destacadas en Sostenibilidad Industrial España",
               newsletter="Clima y Empresa: la CSRD explicada para industriales"),
    "en": dict(job=("{n} new jobs for \"sustainability manager\"", "Decarbonisation Lead – {n} new jobs"),
               news="Cement makers race to capture carbon before CBAM bites", group="Top conversations in Heavy Industry Decarbonisation",
               newsletter="The Scope 3 Letter: suppliers, data and double counting"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable RSE »", "Chef de projet décarbonation – {n} nouvelles offres"),
               news="CSRD : les premiers rapports arrivent", group="Meilleures discussions dans Décarbonation de l'industrie",
               newsletter="Bas carbone : la lettre des industriels"),
    "it": dict(job=("{n} nuove offerte per «sustainability manager»", "Responsabile decarbonizzazione – {n} nuove offerte"),
               news="Cemento verde: gli investimenti in Italia", group="Conversazioni principali in Sostenibilità nell'industria",
               newsletter="ESG in pratica: la doppia materialità"),
    "de": dict(job=("{n} neue Jobs für „Nachhaltigkeitsmanager“", "Head of Decarbonisation – {n} neue Jobs"),
               news="Zementindustrie: CO2-Abscheidung wird ernst", group="Top-Unterhaltungen in Dekarbonisierung Industrie",
               newsletter="Klima & Industrie: der CBAM-Überblick"),
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)


# =============================================================== good_invitation
P("good_invitation", "es", "Nerea Goikoetxea", "Estudiante Máster en Ingeniería Ambiental | UPM", "Madrid",
  ("inv", "Hola Alex, estoy terminando el máster en la UPM y mi TFM va de clínker con arcillas calcinadas. He visto que Cementos Meseta tiene una planta piloto. "
          "¿Aceptáis alumnos en prácticas este verano? Te mando el CV si te encaja."),
  ("rem",))
P("good_invitation", "en", "Dr. Priya Raman", "Research Fellow, Low-Carbon Materials | Imperial College London", "London",
  ("inv", "Hi Alex, we're running a free online workshop on 22 May comparing LCA methods for blended cements (EN 15804+A2 vs. the GCCA tool). "
          "Your plant data would make the discussion far better, and slides go to all attendees afterwards. Would you join?"))
P("good_invitation", "fr", "Mathilde Rousseau", "Chargée de plaidoyer | Réseau Action Climat", "Paris",
  ("inv", "Bonjour Alex, nous menons une enquête auprès des industriels du ciment sur le mécanisme d'ajustement carbone aux frontières. "
          "Questionnaire de 10 min, résultats partagés avec tous les répondants. Votre avis compterait."),
  ("rem",))
P("good_invitation", "es", "Jordi Puigvert", "Director de Medi Ambient | Ciments Garraf", "Barcelona",
  ("inv", "Hola Alex! Sóc el Jordi, porto la part ambiental a la planta del Garraf. Estem fent una trobada informal de responsables de sostenibilitat "
          "del sector al juny, sense vendedors. T'hi apuntes? Et passo els detalls."),
  nl="ca")
P("good_invitation", "de", "Katrin Vogelsang", "Referentin Klimapolitik | VDZ", "Düsseldorf",
  ("inv", "Hallo Alex, wir haben beim GCCA-Treffen in Brüssel kurz über Ersatzbrennstoffe gesprochen. Ich schicke Ihnen gern unser frei verfügbares "
          "Positionspapier zur ETS-Reform – und freue mich auf Austausch."),
  nl="de")
P("good_invitation", "es", "Lucía Benavente", "Graduada en Ciencias Ambientales | Buscando primer empleo", "Alcalá de Henares",
  ("inv", "Buenas tardes Alex. Me acabo de graduar en Ambientales por la UAH y me encantaría trabajar en descarbonización industrial. "
          "Vi vuestra oferta de técnico junior de emisiones y me he inscrito; ¿podría preguntarte un par de dudas sobre el puesto?"),
  ("rem",))
P("good_invitation", "it", "Francesca Lodi", "Ricercatrice | Politecnico di Milano – Materiali da costruzione", "Milano",
  ("inv", "Buongiorno Alex, sto scrivendo un articolo sulla cattura di CO2 nei cementifici europei e mi servirebbero due o tre dati pubblici del vostro "
          "impianto. Ovviamente vi cito e vi mando la bozza prima dell'invio. Possiamo sentirci?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Iván Robledo", "Comercial | Soluciones energéticas", "Getafe", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Tyler Huxford", "Growth | Climate Tech", "Austin", ("inv", NONOTE))
P("default_invitation", "es", "Marisa Quintana", "Consultora ambiental", "Valladolid", ("inv", DEFAULT))
P("default_invitation", "fr", "Jérôme Lacaze", "Ingénieur commercial | Filtration industrielle", "Toulouse", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Roberto Cassani", "Agente | Macchinari per cementifici", "Bergamo", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Sorensen", "Enterprise AE | CarbonLedger – Scope 1-3 in one platform", "Amsterdam",
  ("inv", "Hey Alex 👋 cement is one of the hardest sectors to report under ESRS E1. CarbonLedger automates Scope 1-3 and spits out audit-ready CSRD tables. "
          "Worth 20 mins next week to see it on a plant like yours?"))
P("sales_invitation", "es", "Sofía Arrieta", "Key Account | Verdecredit – Compensación de emisiones", "Madrid",
  ("inv", "Hola Alex, trabajamos con industriales que quieren neutralizar emisiones residuales con créditos forestales verificados (Verra/Gold Standard). "
          "Tenemos lotes de 2023 a precio cerrado. ¿Hablamos esta semana?"),
  ("rem",))
P("sales_invitation", "fr", "Antoine Meyrieux", "Associé | ESGuard Consulting", "Lyon",
  ("inv", "Bonjour Alex, nous accompagnons les cimentiers dans leur double matérialité CSRD, forfait à partir de 28 k€. "
          "Je serais ravi de vous présenter notre méthode lors d'un rendez-vous de 30 minutes."))
P("sales_invitation", "es", "Carlos Mendizábal", "CEO | EcoRating Pro – Certificaciones y premios ESG", "Bilbao",
  ("inv", "Alex, enhorabuena: Cementos Meseta ha sido preseleccionada para los Premios EcoRating a la Industria Sostenible 2024. "
          "Para confirmar candidatura y mesa en la gala hay una cuota de inscripción de 1.950 €. ¿Te paso el formulario?"))
P("sales_invitation", "de", "Florian Maurer", "Sales Director DACH & Iberia | Scope3Now", "München",
  ("inv", "Hallo Alex, Lieferketten-Emissionen sind bei Zement der blinde Fleck. Scope3Now holt die Daten direkt von Ihren Lieferanten. "
          "Darf ich Ihnen das in einer kurzen Demo zeigen?"))
P("sales_invitation", "en", "Rachel Okafor", "Partnerships | GreenSeal Awards", "London",
  ("inv", "Hi Alex! Great news: you've been shortlisted for Sustainability Leader of the Year (Construction). Finalists secure their place with an "
          "entry package (£1,400 incl. gala seat). Can I send the details?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Álvaro Cienfuegos", "Fundador | Círculo de Directivos Sostenibles", "Madrid",
  ("inv", "Alex, estoy montando un círculo pequeño de responsables de sostenibilidad de la industria pesada en Madrid: un desayuno al mes, "
          "Chatham House, para contarnos qué funciona y qué no. ¿Te sumas?"),
  ("msg", "Gracias por conectar, Alex. Aprovecho: además del círculo, en mi consultora hacemos el análisis de doble materialidad llave en mano. "
          "Para miembros hay precio especial, 18.000 €. ¿Te preparo una propuesta?"),
  ("msg", "Hola de nuevo, te lo recuerdo porque cerramos las plazas con descuento este mes. ¿Te viene bien una llamada el jueves?"))
P("bait_and_switch_invitation", "en", "Hannah Lindqvist", "Community Lead | Net Zero Industry Peers", "Stockholm",
  ("inv", "Hi Alex, I host a peer community for sustainability leads in cement, steel and glass. We share templates and swap notes before ESRS deadlines. "
          "Free to join. Would love to have you in!"),
  ("msg", "Welcome aboard! Quick one: our partner platform does product carbon footprints (EPDs) at scale. We can get your whole range done by Q3. "
          "Shall I book a demo with our solutions team?"))
P("bait_and_switch_invitation", "fr", "Baptiste Olivier", "Consultant bas carbone | Ingénieur Centrale", "Paris",
  ("inv", "Bonjour Alex, question de pair : comment avez-vous traité la biomasse dans le calcul du facteur d'émission clinker ? "
          "On a un débat en interne et j'aimerais un regard extérieur."),
  ("msg", "Merci pour votre réponse, très claire. Au passage, notre cabinet propose une revue complète de votre bilan GES avant audit "
          "(6 jours, 9 600 € HT). On peut en parler ?"),
  ("msg", "Alex, je me permets de relancer pour la revue pré-audit. Nous avons encore deux créneaux en juin."))
P("bait_and_switch_invitation", "es", "Montse Ferrer", "Consultora ESG | Ex-cementera", "Tarragona",
  ("inv", "Hola Alex, tengo una guía gratuita que preparé sobre cómo leer la ESRS E1 en una cementera (con ejemplos reales). Si te sirve, te la paso al conectar."),
  ("msg", "Aquí tienes la guía, Alex. Por cierto, ofrezco un acompañamiento mensual para el primer informe CSRD, 2.400 €/mes. "
          "Si quieres te mando la propuesta detallada."), nl="es")
P("bait_and_switch_invitation", "it", "Gianluca Ferri", "Founder | Italian Green Cement Network", "Brescia",
  ("inv", "Ciao Alex, stiamo creando una rete europea di professionisti della sostenibilità nel cemento, gratuita, per confrontarci sui piani di transizione. "
          "Ti va di farne parte?"),
  ("msg", "Grazie del collegamento! Ti presento il nostro servizio: acquistiamo e rivendiamo crediti di carbonio da progetti in Africa a prezzi molto competitivi. "
          "Ti mando il listino?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Marcus Thornbury", "Director | Global Cement Decarbonisation Survey", "Singapore",
  ("inm", "Research survey: cement decarbonisation 2024", "Hi Alex, we're compiling an independent benchmark of decarbonisation roadmaps in cement. "
          "Participants get the full report free. Could you spare 15 minutes for a short interview?"),
  ("inm", "Re: benchmark – next step", "Thanks Alex. As a participant you qualify for our Roadmap Accelerator: a 6-week advisory sprint with our team, "
          "€24,000 all in. I can hold a slot for Cementos Meseta until Friday."))
P("bait_and_switch_inmail", "es", "Elena Zubizarreta", "Periodista | Revista Construcción Verde", "Madrid",
  ("inm", "Entrevista para la revista", "Hola Alex, preparo un reportaje sobre cementeras que están reduciendo su huella y me gustaría entrevistarte. "
          "Serían 20 minutos por teléfono."),
  ("inm", "Entrevista – formato patrocinado", "Alex, gracias por tu interés. El reportaje sale en formato 'contenido de marca': "
          "doble página con foto y entrevista por 3.200 € + IVA. ¿Te confirmo la reserva?"))
P("bait_and_switch_inmail", "de", "Dr. Stefan Kühne", "Leiter | Forschungsnetzwerk Klimaneutrale Baustoffe", "Berlin",
  ("inm", "Einladung Forschungsnetzwerk", "Sehr geehrte/r Alex, wir laden ausgewählte Praktiker ein, unserem Netzwerk beizutreten: Austausch zu CCUS, "
          "gemeinsame Workshops, Zugang zu Studien."),
  ("inm", "Ihre Mitgliedschaft", "Guten Tag Alex, für die Aufnahme als Industriemitglied fällt ein Jahresbeitrag von 6.500 € an, inklusive Logo auf unserer Website. "
          "Soll ich die Rechnung an Ihre Buchhaltung senden?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Rubén Carrasco", "Técnico de PRL y Medio Ambiente | Áridos", "Guadalajara",
  ("end",), ("end",),
  ("msg", "Ey Alex, te he validado en {skill} y en un par más. ¿Me echas una mano validándome Gestión ambiental e ISO 14001? Estoy moviendo el CV, gracias crack"))
P("endorse_me_back", "en", "Deborah Klein", "ESG Analyst | Open to opportunities", "Frankfurt",
  ("end",),
  ("msg", "Hi Alex, hope all is well! I endorsed you for {skill} last week. Would you mind returning the favour for ESG Reporting and GHG Protocol? "
          "Recruiters really look at it. Thanks so much!"))
P("endorse_me_back", "fr", "Sébastien Morel", "Responsable QHSE | Carrières et granulats", "Lille",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}. Si tu as deux secondes, tu pourrais me valider « Management environnemental » ? "
          "Ça m'aiderait pour une candidature. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Gonzalo Villaverde", "Socio director | Villaverde Sostenibilidad & Compliance", "Madrid",
  ("inv", "Alex, te escribo porque en Villaverde hacemos auditorías de huella de carbono para cementeras a precio fijo. ¿Vemos cómo podemos ayudaros?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, dos semanas sin contestar a una invitación. Me parece una falta de educación impropia de alguien con tu cargo. "
          "Luego os quejáis de que los consultores no entendemos la industria. Tú sabrás."))
P("hostility_after_decline", "en", "Brandon Keyes", "Carbon Credit Trader | Voluntary Markets", "Dubai",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "You ignored my request. Typical corporate ESG type, all talk on LinkedIn and no time for people actually moving money into climate. "
          "Good luck hitting your targets without offsets, you'll need them."))
P("hostility_after_decline", "fr", "Laurent Daguerre", "Fondateur | Trophées RSE de l'Industrie", "Bordeaux",
  ("inv", "Bonjour Alex, votre entreprise mérite de figurer parmi nos lauréats. Participation aux trophées : 1 200 € HT. Intéressé(e) ?"),
  ("rem",),
  ("inm", "Dommage", "Je constate que vous ne daignez même pas répondre. C'est assez méprisant, pour quelqu'un qui prétend défendre la responsabilité sociale. "
          "Je retiens le nom de votre entreprise."))


# =============================================================== hostility_connection (the rude consultant after a refused proposal)
P("hostility_connection", "es", "Fernando Ortuño", "Consultor senior ESG | Ortuño Advisory", "Madrid",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como hablamos en el foro de Oficemen, te envío propuesta para el informe de sostenibilidad 2024: 34.000 € + IVA, "
          "entrega en septiembre. ¿Lo vemos con tu director financiero?"),
  ("msg", "Alex, me dices que lo hacéis internamente. Con todos mis respetos, es un error de principiante y lo vais a pagar en la auditoría. "
          "Me habéis hecho perder tres semanas preparando la propuesta; una falta de seriedad que no olvidaré.", (4, 9)))
P("hostility_connection", "en", "Neil Prentice", "Principal | Prentice Carbon Advisory", "Manchester",
  ("msg", "Alex, following our call: here's the scope for the Scope 3 screening, £19,500, kick-off in two weeks. Shall I send the engagement letter?"),
  ("msg", "Right. So after two calls and a tailored scope you go with a Big Four firm. Frankly that's unprofessional and a bit cowardly. "
          "Don't bother reaching out when their junior team botches your data."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Patricia Salcedo", "Directora comercial | Verdecredit", "Madrid",
  ("msg", "Hola Alex, ¿qué tal? Te escribo porque tenemos créditos de reforestación en Guatemala a 11 €/t, cosecha 2022. Stock limitado. ¿Te reservo un lote?"),
  ("msg", "Alex, nueva remesa: créditos de cocinas eficientes en Kenia, ideales para un claim de neutralidad. ¿Te paso ficha y precio?"),
  ("msg", "Última oportunidad antes del cierre de trimestre: 8 % de descuento en lotes de más de 5.000 t. Dime algo."))
P("connection_only_pitches", "en", "Oliver Pemberton", "Head of Sales EMEA | CarbonLedger", "London",
  ("msg", "Alex, hope the quarter's going well. Cement companies using CarbonLedger cut their CSRD data prep time by 70%. Fancy a quick look?"),
  ("msg", "Hi again, we just launched a CBAM module that fills in the quarterly reports automatically. Happy to set up a 20-minute demo whenever suits."))
P("connection_only_pitches", "it", "Valentina Russo", "Business Developer | EcoRating Pro Italia", "Torino",
  ("msg", "Ciao Alex, ti propongo il nostro rating ESG certificato per il settore cemento: in sei settimane avete il badge da mostrare ai clienti. Ne parliamo?"),
  ("msg", "Alex, ti ricordo l'offerta: rating + report per 7.900 €. Possiamo fissare una call lunedì?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Eduardo Pineda", "Gerente | Pineda Energía Solar", "Toledo",
  ("msg", "Hola Alex, ¿habéis pensado en autoconsumo fotovoltaico para la planta? Hacemos estudio y ejecución, con financiación incluida. Te preparo números si quieres."))
P("single_pitch", "en", "Grace Whitfield", "Account Director | Terra Insight Satellite Analytics", "Bristol",
  ("msg", "Hi Alex, we monitor quarry rehabilitation and biodiversity by satellite, handy for ESRS E4. Could I show you a 15-minute sample report for one of your sites?"))
P("single_pitch", "de", "Jonas Bergmann", "Vertrieb | Abwärme-Technik GmbH", "Stuttgart",
  ("msg", "Hallo Alex, wir bauen ORC-Anlagen zur Abwärmenutzung an Drehrohröfen. Hätten Sie Interesse an einem Angebot für Ihr Werk?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Cristina Bermejo", "Jefa de Sostenibilidad | Cementos Levante", "Valencia",
  ("msg", "Alex, te paso el borrador de la guía sectorial de Oficemen sobre la ESRS E1 que nos han enviado hoy. Tienen abiertos comentarios hasta el 30, por si queréis aportar."),
  ("msg", "Por cierto, el MITECO ha publicado la consulta pública del reglamento de CBAM nacional. Enlace aquí, vale la pena leer el anexo II."))
P("connection_brings_value", "en", "Tom Ashworth", "Climate Policy Advisor | Cembureau", "Brussels",
  ("msg", "Alex, FYI the Commission just published the draft CBAM default values for cement. Attaching our first read, happy to hear your plant's view before our members' call."))
P("connection_brings_value", "es", "Núria Casals", "Investigadora | Institut Cerdà", "Barcelona",
  ("msg", "Hola Alex! Et passo el nostre informe sobre valorització de residus als forns de ciment a Catalunya, és d'accés lliure. "
          "Si et ve de gust, dimecres fem una sessió oberta en línia per comentar-lo."), nl="ca")
P("connection_brings_value", "fr", "Isabelle Ferrand", "Directrice environnement | Ciments du Rhône", "Grenoble",
  ("end",),
  ("msg", "Alex, suite à notre discussion à Bruxelles, voici notre méthode interne de calcul des émissions évitées par le coprocessing. "
          "Servez-vous-en librement, et dites-moi si vous voyez une faille."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Beatriz Llorente", "Talent Acquisition | Grupo Holcim-Iberia", "Madrid",
  ("inm", "Jefe/a de Descarbonización – Madrid", "Hola Alex, busco un perfil como el tuyo para liderar la hoja de ruta de descarbonización de nuestras "
          "cinco plantas en España. Puesto fijo, banda salarial 85-95k, híbrido. ¿Te apetece que lo hablemos con calma?"))
P("stranger_inmail_recruiter", "en", "Samuel Achterberg", "Executive Search Partner | Egon Hart", "Zurich",
  ("inm", "Head of Sustainability – building materials, Zurich", "Dear Alex, I'm retained by a listed building-materials group to find their next Head of Sustainability, "
          "reporting to the CEO. Your work on alternative fuels stood out. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "fr", "Camille Brunet", "Chargée de recrutement | Ciments Calcia", "Paris",
  ("inm", "Poste : responsable RSE groupe", "Bonjour Alex, nous recrutons un(e) responsable RSE groupe, basé(e) à Paris ou Madrid. "
          "Votre parcours correspond bien. Seriez-vous ouvert(e) à un premier échange ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Javier Montoya", "Director de Cuentas | Compensa CO2", "Sevilla",
  ("inm", "Neutralidad certificada para Cementos Meseta", "Hola Alex, ¿te gustaría poder decir que vuestro cemento es neutro en carbono este año? "
          "Te ofrecemos el paquete completo: cálculo, compensación y sello, desde 45.000 €."),
  ("inm", "¿Lo has podido ver?", "Alex, te escribí hace unos días sobre la neutralidad certificada. ¿Te va bien una videollamada de 20 minutos?"))
P("stranger_inmail_sales", "en", "Amanda Frost", "VP Sales | CaptureKit – modular carbon capture", "Houston",
  ("inm", "Modular carbon capture for your kilns", "Hi Alex, CaptureKit's skid-mounted units capture up to 30% of kiln CO2 with no plant shutdown. "
          "I'd love to share a budget quote and our Texas case study. Free for a call Thursday?"))
P("stranger_inmail_sales", "de", "Heike Brandner", "Key Account | ESG-Software Klimabilanz Pro", "Hamburg",
  ("inm", "CSRD-Bericht in 8 Wochen", "Hallo Alex, mit Klimabilanz Pro erstellen Zementwerke ihren ESRS-Bericht in acht Wochen, prüfungssicher. "
          "Soll ich Ihnen einen Testzugang einrichten und das Angebot schicken?"))
P("stranger_inmail_sales", "it", "Marco Bellini", "Sales Manager | Premi Sostenibilità Impresa", "Roma",
  ("inm", "Candidatura ai Premi 2024", "Gentile Alex, la sua azienda è stata selezionata tra i finalisti dei Premi Sostenibilità Impresa. "
          "Per la partecipazione alla cerimonia e l'uso del logo è prevista una quota di 2.300 €. Posso inviarle il modulo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Irene Castellví", "Analista de políticas climáticas | Think tank", "Madrid",
  ("inv", "Hola Alex, coordino un grupo de trabajo sin ánimo de lucro sobre la transposición de la CSRD en España. Nos vendría genial la visión de una cementera. "
          "Reuniones online, una al mes."),
  ("msg", "Gracias por sumarte, Alex. Te comparto el acta de la primera reunión y la tabla comparativa de transposiciones en la UE, es de uso libre."),
  ("msg", "Alex, te cuento que he fundado mi propia consultora y ofrecemos el informe de sostenibilidad completo para empresas del grupo de trabajo "
          "a 22.000 €. ¿Te mando la propuesta?"))
P("good_turns_ugly", "en", "Daniel Osei", "Sustainability Lead | Greenfield Aggregates", "Leeds",
  ("inv", "Alex, we met at the GCCA innovation day. You asked about our calcined clay trials: happy to share the kiln data we presented, no strings. Let's stay in touch."),
  ("msg", "As promised, the trial summary and the emissions numbers. Ping me if anything's unclear."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} the other day. Could you endorse me back for Sustainability Strategy? I'm up for promotion and it would help."))
P("good_turns_ugly", "fr", "Clément Vasseur", "Chercheur associé | Chaire Économie du climat", "Paris",
  ("inv", "Bonjour Alex, je travaille sur les prix internes du carbone dans l'industrie lourde. Je vous enverrais volontiers notre étude gratuite de 2023 en échange d'un avis."),
  ("msg", "Voici l'étude, Alex. Merci d'avance pour vos retours, même brefs."),
  ("msg", "Alex, en parallèle de la chaire, je lance une offre de conseil : calibrage d'un prix interne du carbone pour votre groupe, 14 000 € HT. Je vous envoie le détail ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Tomás Gallardo", "Socio | Gallardo ESG Partners", "Madrid",
  ("inm", "Propuesta CSRD", "Hola Alex, en Gallardo ESG Partners preparamos el primer informe CSRD llave en mano para industriales. "
          "¿Te paso una propuesta sin compromiso?"),
  ("inv", "Hola Alex, te vi en la jornada de la CEOE sobre taxonomía. Muy buena tu intervención. ¿Conectamos?"))
P("reinvite_known_bad", "en", "Lisa Mayhew", "Business Development | Offset Exchange", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, loved your comment on the ETS free-allocation post. Would be great to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ricardo Palomares", "Consultor independiente | Huella de carbono", "Zaragoza",
  ("inv", "Alex, calculo huellas de carbono para industria a buen precio. ¿Hablamos?"),
  ("inm", "Vaya", "Veo que no tienes la cortesía de contestar. Así os va en las grandes empresas: mucha foto de sostenibilidad y cero respeto por los profesionales."),
  ("inv", "Hola Alex, empecemos de cero. Me gustaría formar parte de tu red."))
P("reinvite_known_ugly", "en", "Victor Hale", "Founder | Cement Climate Circle", "Toronto",
  ("inm", "Invitation: global cement climate circle", "Hi Alex, I'm gathering sustainability leads from cement producers for a free quarterly roundtable. Want in?"),
  ("inm", "Roundtable + our advisory", "Thanks Alex. Members also get access to our carbon-credit origination desk. We can supply 50k t of removals at a member price. Call this week?"),
  ("inv", "Alex, let's connect properly here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Adrián Murillo", "Responsable de ventas | Aditivos Iberia", "Zaragoza",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estás en descarbonización: nuestro aditivo de molienda permite bajar el factor clínker un 4 %. "
          "¿Te mando muestra y tarifa para probarlo en un molino?"))
P("user_invited_pitch_once", "en", "Chloe Barrington", "Senior Consultant | Meridian ESG", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the webinar, Alex. We help heavy-industry firms get their SBTi targets validated; typical fee is £12k. "
          "Would a short intro call make sense?"))
P("user_invited_pitch_once", "es", "Pau Riera", "Comercial | Biomassa Pirineus", "Lleida",
  ("acc",),
  ("msg", "Gràcies per connectar, Alex! Subministrem biomassa forestal certificada per a forns de ciment, amb contracte anual i preu estable. "
          "Et puc enviar una oferta?"), nl="ca")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Lorena Aguirre", "Ejecutiva de cuentas | CarbonLedger España", "Madrid",
  ("acc",),
  ("msg", "Hola Alex, gracias por aceptar. Te comento: CarbonLedger ya trabaja con dos cementeras en Portugal. ¿Te agendo una demo de 30 minutos?"),
  ("msg", "Alex, te reenvío la oferta con un 15 % de descuento si firmáis antes de julio. ¿Cuándo te viene bien revisarla?"))
P("user_invited_pitch_twice", "fr", "Hugo Valadier", "Directeur des ventes | Offsetia", "Marseille",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Nous vendons des crédits carbone labellisés Label Bas-Carbone, idéaux pour vos engagements. Un appel cette semaine ?"),
  ("msg", "Alex, petit rappel : il nous reste 3 000 tonnes au prix de 2023. Je peux vous les réserver jusqu'à vendredi."))
P("user_invited_pitch_twice", "de", "Sabine Wollner", "Beraterin | Nachhaltigkeitsberichte & EcoVadis", "Wien",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wir bringen Unternehmen in acht Wochen auf EcoVadis Gold. Pauschal 9.800 €. Interesse an einem kurzen Call?"),
  ("msg", "Hallo Alex, ich melde mich noch einmal wegen EcoVadis. Diesen Monat gibt es 10 % Rabatt. Passt Ihnen Dienstag?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Marta Iglesias", "Profesora titular | Ingeniería de la Construcción, UPM", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te adjunto el enlace a nuestra base de datos abierta de DAPs de cementos españoles, por si os sirve para el benchmarking. "
          "Y si os interesa, buscamos empresa para codirigir un TFM sobre carbonatación."))
P("user_invited_value", "en", "Ahmed Siddiqui", "Programme Manager | WWF Climate Business", "Geneva",
  ("acc",),
  ("msg", "Great to connect, Alex. As mentioned at the panel, here's our free guide on credible interim targets for cement. We're also hosting an open webinar on "
          "27 May if your team wants to join."))
P("user_invited_value", "it", "Paolo Zanetti", "Energy Manager | Cementeria Adriatica", "Ancona",
  ("acc",),
  ("msg", "Grazie per il collegamento! Come promesso ti giro il nostro foglio di calcolo per il monitoraggio del consumo termico specifico del forno. "
          "Usalo pure, e se trovi errori dimmelo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Elena Márquez", "Directora de Comunicación | Oficemen", "Madrid", ("acc",))
P("acceptance_only", "en", "James Whitaker", "Plant Manager | Norvik Materials", "Aalborg", ("acc",))
P("lone_endorsement", "es", "Diego Sanz", "Ingeniero de procesos | Cementos Meseta", "Morata de Tajuña", ("end",))
P("lone_endorsement", "it", "Sara Colombo", "Ex collega | Sustainability Analyst", "Milano", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Aitana Roig", "Estudiant de Ciències Ambientals | UAB", "Bellaterra",
  ("inv", "Bon dia Alex, sóc estudiant de quart a la UAB. Faig el TFG sobre emissions de NOx en cimenteres i m'agradaria fer-te una entrevista curta. "
          "Et compartiria el treball acabat."), nl="ca")
P("sales_invitation", "es", "Raquel Benítez", "Directora | Instituto Europeo de Formación ESG", "Madrid",
  ("inv", "Hola Alex! Abrimos matrícula del Máster Ejecutivo en Sostenibilidad Corporativa, con beca del 30 % para directivos. ¿Te envío el programa y precio?"))
P("connection_brings_value", "en", "Emma Kowalczyk", "Senior Researcher | Bellona Europa", "Brussels",
  ("msg", "Hi Alex, we're releasing our CCS infrastructure map for Iberia next week and a pre-read is attached. If your team wants a slot at the "
          "stakeholder briefing (online, free), just tell me."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Oficemen – Comisión de Medio Ambiente", "medioambiente@oficemen.example.es", "Convocatoria comisión 16 de mayo",
     "Estimados miembros:\n\nos enviamos el orden del día. Cristina Bermejo ha compartido también el borrador de la guía por LinkedIn; los comentarios, por favor, por esta vía.", "es"),
    ("Recursos Humanos Cementos Meseta", "rrhh@cementosmeseta.example.es", "Candidaturas prácticas de verano",
     "Hola Alex,\n\nte reenviamos las candidaturas de prácticas. Algunas personas nos dicen que te han escrito también por LinkedIn.\n\nUn saludo,\nRRHH", "es"),
    ("CarbonLedger", "news@carbonledger.example.com", "Webinar: CSRD for heavy industry",
     "Hi Alex,\n\njoin our live webinar on ESRS E1 for cement and steel. Follow us on LinkedIn for the recording.", "en"),
    ("Verificadora AENOR-Sur", "verificacion@verificadora.example.es", "Planificación de la verificación EU ETS 2023",
     "Buenos días,\n\nconfirmamos la visita a planta el 6 de junio. No es necesario conectar por LinkedIn con el equipo auditor; toda la documentación irá por la plataforma.", "es"),
    ("Réseau Action Climat", "enquete@rac.example.fr", "Rappel : enquête MACF",
     "Bonjour,\n\nMathilde Rousseau vous a contacté via LinkedIn au sujet de notre enquête. Le lien reste ouvert jusqu'au 31 mai.", "fr"),
    ("Nerea Goikoetxea", "nerea.goiko@alumnos.example.upm.es", "CV – prácticas de verano",
     "Hola Alex,\n\nte adjunto el CV que te comenté por LinkedIn. Muchas gracias por tu tiempo.\n\nNerea", "es"),
    ("GCCA Events", "events@gcca.example.org", "Your badge for the Innovation Day",
     "Dear Alex,\n\nyour badge is attached. Share that you're attending on LinkedIn with #GCCAInnovation.", "en"),
    ("Fernando Ortuño", "fortuno@ortuno-advisory.example.es", "Propuesta informe de sostenibilidad 2024",
     "Alex,\n\nte adjunto la propuesta en PDF, además de enviártela por LinkedIn.\n\nFernando", "es"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev200. Generated by scripts/make_corpus_dev200.py (seed {SEED}); do not edit by hand.",
          "# Alex as sustainability manager at a Madrid cement company, mid-April to mid-June 2024: carbon-accounting software, offset brokers, "
          "ESG consultants, students, peers sharing regulation, paid ESG awards, NGOs, a rude consultant. Same format as tests/corpus/dev."]


class Stories200(cs.EraStories):
    """Stories inside the two months: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert lang in mc.L, (name, lang)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev200")
    args = ap.parse_args()
    check_notes()
    c = Stories200(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
