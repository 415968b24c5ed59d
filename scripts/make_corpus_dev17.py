#!/usr/bin/env python3
"""Write mailbot's seventeenth, independent development corpus: tests/corpus/dev17/*.eml + expected.toml.

The angle: the user Alex is the medical director of a private hospital group. Their
LinkedIn world: pharma reps and medical-science liaisons, med-tech and device distributors,
locum and nurse-staffing agencies that sell to the hospital (bad) against headhunters who
bring Alex a CMO or medical-director role (good); health-IT vendors (EHR, AI diagnostics,
theatre scheduling, speech recognition), accreditation consultants, medical-malpractice
insurers and brokers; CME / ECM / DPC / Fortbildungspunkte congresses that are free for the
attendee (good, sponsored or not) against conference organisers who sell speaking slots
(bad); peers with clinical-governance questions, medical students asking for an
observership, patient associations, researchers recruiting sites for a multi-centre study
(good) against "paid advisory boards" that are product launches (bad, or ugly when the
board was the bait); endorse-me-back for Healthcare Management and Clinical Research;
hostility after a declined invitation or an unanswered message in several registers
(formal "Sehr geehrter Herr Doktor", sarcastic, passive-aggressive, cold); bait and switch
(a physicians' leadership forum, a quality-benchmark study, a free webinar on new
guidelines, a peer's question) followed by a sales ask.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for hospital ones in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev17.py              # writes tests/corpus/dev17
    python scripts/make_corpus_dev17.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260717

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, main, writer_adder  # noqa: E402

# ------------------------------------------------------------------ hospital world (this process only)
SKILLS = {
    "en": ["Healthcare Management", "Clinical Research", "Clinical Governance", "Patient Safety", "Hospital Administration", "Internal Medicine"],
    "de": ["Krankenhausmanagement", "Klinische Forschung", "Qualitätsmanagement im Gesundheitswesen", "Patientensicherheit", "Innere Medizin"],
    "fr": ["Gestion hospitalière", "Recherche clinique", "Qualité et gestion des risques", "Sécurité des patients", "Médecine interne"],
    "es": ["Gestión sanitaria", "Investigación clínica", "Calidad asistencial", "Seguridad del paciente", "Medicina interna"],
    "it": ["Management sanitario", "Ricerca clinica", "Governo clinico", "Sicurezza del paziente", "Medicina interna"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Medical Director at Example Hospital Group", "de": "Ärztlicher Direktor bei Example Hospital Group",
             "fr": "Directeur médical chez Example Hospital Group", "es": "Director médico en Example Hospital Group",
             "it": "Direttore sanitario presso Example Hospital Group"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Medical Officer", "Kestrel Healthcare"), ("Medical Director", "Arden Private Hospitals"),
              ("Ärztlicher Direktor (m/w/d)", "Solvent Kliniken AG"), ("Director of Clinical Governance", "Tessaly Health"),
              ("Group Medical Director", "Meridian Care")]
mc.COMPANIES["good"] = ["Kestrel Healthcare", "Arden Private Hospitals", "Solvent Kliniken", "Tessaly Health", "Meridian Care",
                        "Clinica Orvana", "Hôpital privé du Val", "Instituto Calder"]
mc.COMPANIES["sales"] = ["Medora EHR", "Sentra AI", "LocumLink", "NurseBank", "Quorum Medical Indemnity", "Vitalis Devices", "ClinAgenda",
                         "Pharmavance", "AccrediPro"]
mc.COMPANIES["pretext"] = ["Sentra AI", "NurseBank", "AccrediPro", "Pharmavance", "Vitalis Devices", "Quorum Medical Indemnity"]
mc.HEADLINES["good"] = ["Medical Director at {co}", "Consultant Anaesthetist | {co}", "Chief Nursing Officer at {co}", "Head of Clinical Governance at {co}",
                        "Clinical Research Fellow | {co}", "Director of Quality & Patient Safety at {co}", "Consultant Cardiologist at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping hospitals cut theatre downtime | {co}", "Key Account Manager – Hospitals | {co}",
                         "Business Development | {co}", "Partner at {co} | Locum doctors & nurses"]
mc.HEADLINES["pretext"] = ["Community Builder | Physician Leaders Network", "Connecting hospital leaders | {co}", "Founder, Medical Directors' Circle",
                           "Healthcare professional | Networker", "Host, Clinical Leadership Roundtable"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your hospital has been pre-selected for a free AI radiology triage pilot. Confirm your licences here before Friday.",
           "Hello {first}, I have shared the new CQC inspection checklist with you. Sign in to open the document."],
    "de": ["Hallo {first}, ich habe Ihnen den Bericht zur MDK-Prüfung Ihrer Kliniken freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo {first}, Ihre Klinik wurde für eine kostenlose Analyse der OP-Auslastung ausgewählt. Jetzt Zugang bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport de certification HAS de votre établissement. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre groupe a gagné un audit gratuit de codage PMSI. Activez-le avant vendredi."],
    "es": ["Hola {first}, te he compartido el informe de acreditación de tu hospital. Inicia sesión para verlo.",
           "Hola {first}, tu hospital ha sido seleccionado para una prueba gratuita de nuestra IA de triaje. Confirma aquí."],
    "it": ["Buongiorno {first}, le ho condiviso il report sui crediti ECM del suo personale. Acceda per vederlo.",
           "Ciao {first}, la tua struttura ha ricevuto 10 licenze gratuite del nostro software di refertazione. Attivale entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
WRITER: dict[str, str] = {}   # name -> the language the person writes in, when it is not LinkedIn's wording
P = writer_adder(PEOPLE, WRITER)


# =============================================================== good_invitation
P("good_invitation", "en", "Harriet Okafor", "Partner, Healthcare & Life Sciences Practice | Calloway Search", "London",
  ("inv", "Hello Dr Morgan, I'm leading the search for a Chief Medical Officer for an independent group of nine hospitals in the Midlands. "
          "Board seat, reports to the CEO, around £230k plus LTIP. Your name came up twice in referencing conversations this week. "
          "Would you be open to a confidential chat? If it isn't for you I'd still value your view on who else I should speak to."),
  ("rem",))
P("good_invitation", "de", "Katrin Vogelsang", "Oberärztin Anästhesiologie | Studienleitung POD-70, Universitätsklinikum Freiburg", "Freiburg im Breisgau",
  ("inv", "Sehr geehrter Herr Morgan, wir starten im Herbst eine multizentrische Beobachtungsstudie zum postoperativen Delir bei über 70-Jährigen "
          "(DRKS-registriert, Ethikvotum liegt vor, DFG-gefördert). Uns fehlen noch vier bis fünf Häuser außerhalb der Unikliniken. "
          "Aufwand pro Standort: ein Prüfarzt, etwa zwei Stunden pro Woche, die Fallpauschale trägt die Förderung. "
          "Darf ich Ihnen das Protokoll schicken? Mit freundlichen Grüßen, Katrin Vogelsang"))
P("good_invitation", "fr", "Inès Haddad", "Étudiante en 5e année de médecine | Université de Montpellier", "Montpellier",
  ("inv", "Bonjour Docteur, je suis en cinquième année à Montpellier et je m'intéresse beaucoup à la gestion hospitalière, surtout la qualité "
          "et les parcours patients. Serait-il envisageable de faire un stage d'observation d'une ou deux semaines auprès de la direction médicale "
          "de votre groupe cet été ? Je comprendrais tout à fait que ce ne soit pas possible. Merci d'avoir lu mon message, Inès"),
  ("rem",))
P("good_invitation", "es", "Gonzalo Pizarro", "Director Médico | Hospital San Rafael de Vigo", "Vigo",
  ("inv", "Hola Alex, te escribo de director médico a director médico. Estamos rehaciendo las sesiones de morbimortalidad y me cuesta que los "
          "cirujanos las vivan como aprendizaje y no como un juicio. He visto que en vuestro grupo las hacéis multidisciplinares y anonimizadas. "
          "¿Te puedo hacer un par de preguntas sobre cómo lo montasteis? Si te sirve, a cambio te paso nuestro protocolo de comunicación de eventos adversos."))
P("good_invitation", "it", "Paola Benedetti", "Segreteria scientifica | Giornata nazionale sul rischio clinico (provider ECM 4127)", "Bologna",
  ("inv", "Buongiorno Dott. Morgan, il 14 novembre a Bologna si tiene la giornata \"Rischio clinico e sicurezza del paziente\": 8 crediti ECM, "
          "iscrizione gratuita per i dirigenti medici e nessuno sponsor commerciale. Il programma è nel mio ultimo post. "
          "Se le interessa le giro il link per iscriversi, anche per i suoi colleghi. Cordiali saluti, Paola Benedetti"),
  ("rem",))
P("good_invitation", "de", "Joost van der Meer", "Coördinator | Patiëntenplatform Veilige Zorg", "Utrecht",
  ("inv", "Beste Alex, ik coördineer een patiëntenplatform voor veilige zorg. Op 3 oktober organiseren we in Utrecht een gratis bijeenkomst waar "
          "patiënten en ziekenhuisbestuurders samen praten over open communicatie na incidenten. Uw groep wordt vaak als voorbeeld genoemd. "
          "Zou u willen komen vertellen hoe jullie dat aanpakken? Geen kosten, niets te koop, gewoon een goed gesprek. Hartelijke groet, Joost"),
  nl="nl")


# =============================================================== default_invitation
P("default_invitation", "fr", "Yannick Perrot", "Délégué médical | Cardiologie & métabolisme", "Rennes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Salvatore Amato", "Informatore scientifico del farmaco", "Catania", ("inv", NONOTE))
P("default_invitation", "de", "Sabine Krug", "Vertriebsleiterin Medizintechnik | Endoskopie", "Tuttlingen", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brennan", "Senior Account Executive | Medora EHR", "Boston",
  ("inv", "Hi Dr. Morgan, Tyler from Medora here. We're the EHR that 40+ independent hospitals moved to last year, mostly because our go-lives take "
          "9 months instead of 3 years. I'd love 20 minutes with you and your CMIO to show how our decision support halved alert fatigue at "
          "Riverside Health. Does Thursday work?"))
P("sales_invitation", "de", "Marcel Böhm", "Geschäftsführer | MedStaff Personal – Ärzte und Pflege auf Zeit", "Hannover",
  ("inv", "Guten Tag Herr Dr. Morgan, Engpässe in der Anästhesie oder auf der Intensivstation? Wir stellen Ihnen kurzfristig Honorarärzte und "
          "Intensivpflegekräfte, auch für Wochenend- und Nachtdienste, alle mit geprüfter Approbation bzw. Anerkennung. "
          "Darf ich Ihnen unsere Konditionen zusenden?"),
  ("rem",))
P("sales_invitation", "es", "Lorena Quintana", "Key Account Manager | Dispositivos de cardiología intervencionista", "Madrid",
  ("inv", "Buenos días, Dr. Morgan. Distribuimos en exclusiva para España el nuevo stent liberador de fármaco de Cardiomed y ya estamos en "
          "seis hospitales privados de Madrid. Me gustaría presentárselo a usted y al jefe de hemodinámica; le ofrecemos condiciones de "
          "lanzamiento durante el primer año. ¿Cuándo le vendría bien una reunión?"))
P("sales_invitation", "fr", "Olivier Marchal", "Fondateur | Santé Leaders Summit", "Paris",
  ("inv", "Bonjour Alex, nous serions ravis de vous compter parmi les intervenants du Santé Leaders Summit (Paris, mars). Le pack intervenant "
          "(keynote de 20 min, table ronde et stand) est à 6 900 € HT et il ne reste que trois créneaux. Je vous envoie la plaquette ?"),
  ("rem",))
P("sales_invitation", "en", "Thiago Mendes", "Country Manager Iberia | ClinAgenda – agendamento cirúrgico com IA", "Lisboa",
  ("inv", "Olá Alex, tudo bem? Sou da ClinAgenda, software de agendamento do bloco operatório com IA. Reduzimos em 22% os cancelamentos de "
          "última hora em hospitais privados em Portugal e no Brasil. Podemos marcar uma demonstração de 30 minutos na próxima semana?"),
  nl="pt")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Damian Shaw", "Founder, Physician Leaders' Forum | former ICU consultant", "Manchester",
  ("inv", "Alex, I run the Physician Leaders' Forum: a small closed group of medical directors and CMOs from independent hospitals. "
          "We meet online once a month, Chatham House rules, no vendors in the room. It would be good to have you."),
  ("msg", "Great to be connected. Quick one before the next Forum session: I've partnered with Sentra AI, whose chest X-ray triage is live in "
          "11 trusts. Forum members get a 90-day pilot at a founding-partner rate. Can I book 30 minutes with you and your radiology lead for a demo?"),
  ("msg", "Hi Alex, following up on the Sentra pilot. Founding-partner pricing closes on the 30th, shall I send the agreement over?", (6, 12)))
P("bait_and_switch_invitation", "de", "Friederike Lang", "Projektleiterin | Qualitätsbenchmark Privatkliniken 2025", "Berlin",
  ("inv", "Sehr geehrter Herr Dr. Morgan, wir führen eine Benchmark-Studie zur Ergebnisqualität in privaten Klinikgruppen durch "
          "(Komplikationsraten, Wiederaufnahmen, Patientenzufriedenheit). Die Teilnahme ist kostenlos, jedes teilnehmende Haus erhält den "
          "anonymisierten Gesamtbericht. Ich würde mich freuen, wenn Ihre Gruppe dabei ist."),
  ("rem",),
  ("msg", "Vielen Dank für die Vernetzung und die Datenlieferung! Die Auswertung liegt vor. Um die Position Ihrer Häuser im Detail zu sehen und "
          "die konkreten Handlungsempfehlungen zu erhalten, bieten wir ein Analysepaket mit Vor-Ort-Workshop an, ab 14.500 € je Standort. "
          "Soll ich Ihnen ein Angebot erstellen?"),
  ("msg", "Guten Tag Herr Dr. Morgan, kurze Erinnerung: Das Einführungsangebot für Benchmark-Teilnehmer gilt noch bis Monatsende."))
P("bait_and_switch_invitation", "fr", "Thomas Vidal", "Pharmacien | Formation médicale | Webinaires cardio-métaboliques", "Lyon",
  ("inv", "Bonjour Docteur, j'anime le 12 un webinaire gratuit sur les nouvelles recommandations ESC dans l'insuffisance cardiaque : "
          "ce qui change concrètement pour les services de médecine polyvalente. Vous et vos équipes êtes les bienvenus. Au plaisir d'échanger."),
  ("msg", "Merci d'avoir assisté au webinaire, et merci pour votre question sur les sorties précoces ! Comme je l'évoquais à la fin, notre "
          "laboratoire commercialise depuis peu une forme injectable à libération prolongée qui répond justement à ce problème. Je souhaiterais "
          "la présenter à votre COMEDIMS en vue d'un référencement. Pourriez-vous me recevoir vingt minutes ou m'indiquer la bonne personne ?"))
P("bait_and_switch_invitation", "es", "Nerea Olabarria", "Enfermera | Gestión de equipos | Comunidad Enfermería que Cuida", "Bilbao",
  ("inv", "Hola Alex, tengo una duda que seguro que en vuestro grupo ya habéis resuelto: ¿cómo calculáis la ratio enfermera-paciente en la UCI "
          "por la noche cuando hay picos de ingresos? Estoy recogiendo la experiencia de varios hospitales para un artículo."),
  ("msg", "¡Gracias por aceptar! Te cuento: además del artículo colaboro con una agencia de enfermería temporal que cubre justo esos picos, "
          "con enfermeras de UCI con experiencia disponibles en 48 horas. ¿Te paso las tarifas por turno?"),
  ("msg", "Hola Alex, ¿pudiste ver lo de las enfermeras? Para el puente de diciembre todavía nos quedan disponibles, pero vuelan."))
P("bait_and_switch_invitation", "it", "Valerio Pagani", "Già Direttore sanitario | Mentore per giovani direttori", "Verona",
  ("inv", "Caro collega, ho raccolto in un piccolo vademecum gratuito le lezioni di vent'anni da direttore sanitario: accreditamento istituzionale, "
          "gestione del contenzioso, rapporti con la Regione. Lo condivido volentieri con chi fa questo mestiere; se vuole collegarsi glielo mando."),
  ("msg", "Eccolo, come promesso. Mi farà piacere sapere cosa ne pensa."),
  ("msg", "Caro Alex, approfitto per segnalarle che con la mia società di consulenza accompagniamo le strutture private nel rinnovo "
          "dell'accreditamento regionale, dalla gap analysis alla visita ispettiva. Per chi ha ricevuto il vademecum la prima giornata di audit "
          "è scontata del 30%. Ne parliamo?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Jörg Pfeiffer", "Medical Affairs Manager Onkologie | Pharmavance", "Frankfurt am Main",
  ("inm", "Einladung Advisory Board Onkologie",
   "Sehr geehrter Herr Dr. Morgan, wir laden eine kleine Zahl ärztlicher Direktoren zu einem Advisory Board zur onkologischen Versorgung in "
   "Privatkliniken ein (Frankfurt, zwei Stunden, Honorar nach GOÄ-Sätzen). Ihre Perspektive als Klinikleitung wäre für uns sehr wertvoll."),
  ("inm", "Unterlagen Advisory Board",
   "Sehr geehrter Herr Dr. Morgan, anbei die Agenda. Schwerpunkt ist die Vorstellung unseres neuen Präparats und die Frage, wie es in die "
   "Hausliste Ihrer Kliniken aufgenommen werden kann. Unser Außendienst würde im Anschluss gern einen Termin mit Ihrer Arzneimittelkommission vereinbaren."))
P("bait_and_switch_inmail", "en", "Natalie Cruz", "Editor | Hospital Leaders Review", "London",
  ("inm", "Feature interview for Hospital Leaders Review",
   "Dear Dr Morgan, we're putting together our spring issue on how independent hospitals are tackling waiting lists, and your group's "
   "day-surgery model stood out. Would you give us a 30-minute interview? Happy to send questions in advance."),
  ("inm", "Re: your feature",
   "Thanks again for agreeing, Alex. Before we schedule: features in the spring issue are part of our Leadership Profile package, "
   "£4,500 + VAT, which includes a full-page photo spread and social promotion. I'll send the booking form, let me know which PO to use."))
P("bait_and_switch_inmail", "it", "Serena Villa", "Presidente | Rete Direttori Sanitari Sanità Privata", "Milano",
  ("inm", "Rete Direttori Sanitari",
   "Gentile Dottore, stiamo creando una rete informale di direttori sanitari della sanità privata per confrontarci su casi difficili, "
   "contenzioso e rapporti con le ASL. Incontri online mensili, gratuiti. Le farebbe piacere partecipare?"),
  ("inm", "Una proposta riservata ai membri",
   "Gentile Alex, grazie dell'adesione. Come membri della rete abbiamo negoziato con Quorum Medical una polizza RC sanitaria dedicata, "
   "con premi più bassi del 18% rispetto alla media. Posso fissare un appuntamento con il nostro broker?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Heike Brandt", "Study Nurse | Clinical Research Coordinator", "Mainz",
  ("end",),
  ("msg", "Hallo Herr Morgan, ich habe Sie gerade für {skill} bestätigt :) Wären Sie so nett und würden mich für Klinische Forschung bestätigen? "
          "Ich bewerbe mich gerade bei einem CRO und da zählt jede Bestätigung. Danke und viele Grüße, Heike"))
P("endorse_me_back", "fr", "Bruno Lacombe", "Consultant qualité | Certification HAS des établissements de santé", "Toulouse",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de vous recommander pour {skill}. En retour, une recommandation pour « Gestion hospitalière » sur mon profil "
          "m'aiderait beaucoup. Merci par avance, bien confraternellement, Bruno"))
P("endorse_me_back", "it", "Ilaria Sartori", "Data manager | Ricerca clinica", "Padova",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato per {skill} 👍 ricambi? Mi basta un clic su Ricerca clinica, grazie mille!!"))
P("endorse_me_back", "es", "Pablo Herrero", "Médico de familia | MBA en gestión sanitaria", "Granada",
  ("end",),
  ("msg", "Alex, te he validado {skill}. ¿Me devuelves el favor con Investigación clínica y Gestión sanitaria? Estoy preparando la candidatura a una "
          "gerencia y me vendría genial. Un abrazo."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Eberhard Kranz", "Geschäftsführer | Kranz Medizintechnik Vertrieb GmbH", "Würzburg",
  ("inv", "Sehr geehrter Herr Dr. Morgan, als langjähriger Partner vieler Privatkliniken würde ich Ihnen gern unser Sortiment für die Sterilgutversorgung "
          "vorstellen. Ich freue mich auf die Vernetzung."),
  ("rem",),
  ("inm", "Ihre ausbleibende Antwort",
   "Sehr geehrter Herr Doktor Morgan, ich habe Ihnen vor drei Wochen eine Kontaktanfrage mit persönlicher Nachricht gesandt. "
   "Dass ein Ärztlicher Direktor es nicht für nötig hält, einem Geschäftspartner mit einer Zeile zu antworten, finde ich bemerkenswert. "
   "Höflichkeit kostet nichts. Ich werde mir merken, wie man in Ihrem Haus mit Lieferanten umgeht. Hochachtungsvoll, E. Kranz"))
P("hostility_after_decline", "en", "Chad Whitlock", "VP Sales | SurgiFlow OR scheduling", "Nashville",
  ("inv", "Alex, quick one: what's your OR utilisation looking like this quarter? We usually find 15-20% hidden capacity. Let's connect."),
  ("inm", "Busy saving lives, I guess",
   "An invite, a follow-up, zero replies. I get it, you're a Very Important Doctor. Must be nice to ignore people who are literally trying to fix your "
   "theatre backlog. No worries, I'll go and help your competitors instead."))
P("hostility_after_decline", "fr", "Sandrine Roux", "Directrice | Cabinet de recrutement médical et intérim", "Marseille",
  ("inv", "Bonjour Docteur, je travaille avec de nombreux établissements privés sur le recrutement de médecins urgentistes. Échangeons ?"),
  ("rem",),
  ("inm", "Dommage",
   "Monsieur, je constate que vous avez ignoré ma demande. C'est votre droit. Je constate aussi que vos urgences tournent avec trois postes "
   "vacants depuis six mois, ce qui se voit de l'extérieur. Bonne continuation."))
P("hostility_after_decline", "es", "Ignacio Bermúdez", "CEO | Consultoría de acreditación Joint Commission y QH", "Madrid",
  ("inv", "Hola Alex, me encantaría conectar con directivos sanitarios comprometidos con la calidad."),
  ("rem",),
  ("inm", "Nada, tranquilo",
   "Hola Alex, veo que no has tenido tiempo de aceptar mi invitación. Nada, tranquilo, ya sé que los directores médicos estáis muy ocupados... "
   "aunque para subir las fotos del congreso de Sevilla sí que hubo tiempo 😉. En fin, cuando quieras aprender algo de acreditación, aquí sigo. Un saludo."))
P("hostility_after_decline", "it", "Gianni Ruggiero", "Agente di commercio | Forniture ospedaliere e dispositivi monouso", "Napoli",
  ("inv", DEFAULT),
  ("inm", "Complimenti per la cortesia",
   "Egregio Dottore, le ho chiesto un semplice collegamento e lei mi ha ignorato come si fa con l'informatore che aspetta in corridoio. "
   "Evidentemente nella sanità privata l'educazione non rientra tra i requisiti di accreditamento. Distinti saluti."))
P("hostility_after_decline", "es", "Rafael Tavares", "Diretor comercial | Equipamentos de imagem médica", "Porto",
  ("inv", "Caro Alex, gostaria de o adicionar à minha rede profissional."),
  ("inm", "Muito profissional",
   "Alex, recusou o meu convite sem sequer ler a mensagem. Muito profissional da sua parte, parabéns. Depois não se queixe de que os "
   "fornecedores sérios não querem trabalhar com o seu grupo."),
  nl="pt")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Martin Keogh", "Business Development | NurseBank staffing", "Birmingham",
  ("msg", "Hi Alex, hope you're well! Winter pressures are around the corner. We can cover your ward and ICU rotas with vetted agency nurses at "
          "framework-beating rates. Worth a quick call?"),
  ("msg", "Alex, just bumping this. We've already got 14 nurses block-booked for other independents from November."),
  ("msg", "I've been polite. Two messages about your winter rota and you can't even say no? Frankly unprofessional from someone in your position. "
          "Don't bother replying now.", (4, 10)))
P("hostility_connection", "it", "Carla Pellegrini", "Sales manager | Software di refertazione assistita da AI", "Torino",
  ("msg", "Buongiorno Dottore, le scrivo perché il nostro software di refertazione radiologica con AI riduce i tempi di refertazione del 35%. "
          "Posso organizzarle una demo con il suo primario di radiologia?"),
  ("msg", "Visto che non risponde, deduco che la sicurezza dei suoi pazienti non sia una priorità. Peccato, pensavo che un direttore sanitario "
          "avesse più a cuore l'innovazione."))
P("hostility_connection", "de", "Holger Wendt", "Versicherungsmakler | Heilwesen-Haftpflicht für Kliniken", "Dortmund",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung, Herr Dr. Morgan! Bei der Gelegenheit: Wann läuft Ihre Betriebshaftpflicht aus? Wir vergleichen kostenlos "
          "über 20 Versicherer, viele Kliniken sparen fünfstellig."),
  ("msg", "Unglaublich. Sie laden mich erst ein und dann kommt nicht einmal eine Antwort. So etwas habe ich in 25 Jahren selten erlebt. "
          "Einen schönen Tag noch."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Beatriz Salcedo", "Account Manager | Software de gestión de quirófanos", "Valencia",
  ("msg", "Hola Alex, ¿cómo gestionáis ahora la programación quirúrgica? Nuestra plataforma reduce los huecos entre intervenciones y el tiempo "
          "de recambio. ¿Te enseño una demo de 20 minutos?"),
  ("msg", "Hola de nuevo, te dejo un caso de éxito de un grupo hospitalario de Alicante: +11% de actividad quirúrgica en seis meses. ¿Hablamos?"))
P("connection_only_pitches", "fr", "Guillaume Faivre", "Business developer | Téléconsultation et télé-expertise", "Nancy",
  ("msg", "Bonjour Alex, notre plateforme de télé-expertise permet à vos spécialistes d'être rémunérés pour des avis à distance, et à vos "
          "urgences de désengorger. Un rendez-vous visio cette semaine ?"),
  ("msg", "Je me permets de relancer : nous avons une offre de lancement pour les groupes privés jusqu'à fin juin."),
  ("msg", "Bonjour, dernier message de ma part : si le sujet n'est pas prioritaire, pouvez-vous m'indiquer qui piloter ce type de projet chez vous ?"))
P("connection_only_pitches", "en", "Priya Nair", "Regional Manager | Orthopaedic implants distribution", "Bristol",
  ("msg", "Hi Alex, we've just taken on distribution of a cementless knee system with 10-year registry data. Would your orthopaedic leads be "
          "open to a product evaluation? I can bring kits to any site."),
  ("msg", "Alex, following up: we can offer consignment stock and a loan set for the first three months. Shall I arrange a meeting with procurement?"))
P("connection_only_pitches", "it", "Fabio Marchetti", "Consulente | Accreditamento e certificazione ISO 9001 strutture sanitarie", "Firenze",
  ("msg", "Buongiorno Dottore, la sua struttura ha in programma il rinnovo della certificazione ISO 9001? Seguiamo oltre 40 case di cura, "
          "dalla documentazione alla verifica. Le mando una proposta?"),
  ("msg", "Gentile Dottore, le riscrivo: per chi firma entro settembre includiamo gratuitamente la formazione degli auditor interni."))


# =============================================================== single_pitch
P("single_pitch", "de", "Pieter Jansen", "Sales Director DACH | Spraakherkenning voor artsenbrieven", "Düsseldorf",
  ("msg", "Hallo Alex, onze spraakherkenning maakt artsenbrieven in de helft van de tijd, ook in het Duits, en koppelt met de meeste KIS-systemen. "
          "Mag ik u een proefversie voor één afdeling aanbieden? Groet, Pieter"),
  nl="nl")
P("single_pitch", "fr", "Élise Carrel", "Chargée d'affaires | Organisme de formation DPC", "Grenoble",
  ("msg", "Bonjour Docteur, nous proposons des formations DPC clés en main pour les équipes médicales et paramédicales (simulation, gestion des "
          "risques, annonce d'un dommage). Tarif groupe à partir de 390 € par participant. Puis-je vous adresser notre catalogue ?"))
P("single_pitch", "es", "Víctor Lozano", "Director comercial | Ropa quirúrgica reutilizable", "Murcia",
  ("msg", "Alex, buenas. ¿Seguís con batas desechables? Con nuestra ropa quirúrgica reutilizable un hospital de 200 camas ahorra unos 60.000 € al año. "
          "Te mando presupuesto si me dices volumen."))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Roberto Galli", "Direttore sanitario | Gruppo ospedaliero Clinica Orvana", "Brescia",
  ("end",),
  ("msg", "Caro Alex, come ci eravamo detti al convegno di Roma ti giro la nostra scheda di segnalazione degli eventi avversi e la procedura "
          "per gli audit clinici. Usala pure e adattala come vuoi."),
  ("msg", "Ah, dimenticavo: anche la checklist per il trasferimento dei pazienti critici, che ha ridotto parecchio i near miss nel nostro gruppo."))
P("connection_brings_value", "en", "Fiona Gallagher", "Professor of Orthopaedic Surgery | Chief Investigator, HIP-FRAIL trial", "Edinburgh",
  ("msg", "Alex, we're opening HIP-FRAIL to independent-sector sites: a multi-centre RCT of early mobilisation after hip fracture in frail patients, "
          "NIHR-funded. Site costs are covered and the PI gets authorship. Would one of your hospitals be interested in joining?"),
  ("msg", "Protocol v3.1 and the site feasibility form are attached to my post from this morning. No rush, the next site wave opens in March."))
P("connection_brings_value", "fr", "Mathilde Caron", "Présidente | Association France Parkinson Île-de-France (bénévole)", "Paris",
  ("msg", "Bonjour Alex, notre association organise le 18 mai une journée patients-partenaires sur le parcours de soins en neurologie, gratuite et "
          "ouverte aux soignants. Vos équipes de neurologie seraient les bienvenues, et si vous vouliez dire quelques mots d'ouverture ce serait un honneur."))
P("connection_brings_value", "de", "Thomas Reinholz", "Chefarzt Kardiologie | Klinikum am See", "Konstanz",
  ("msg", "Hallo Alex, am 8. März machen wir unser Kardiologie-Update am See, 6 CME-Punkte bei der Landesärztekammer beantragt. Unterstützt wird es von "
          "drei Firmen, für Teilnehmer ist es kostenlos, Programm ist unabhängig. Deine Assistenzärzte sind herzlich eingeladen, Anmeldung über mich."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Eleanor Whitcombe", "Director, Board & Executive Search – Healthcare | Ashdown Partners", "London",
  ("inm", "Chief Medical Officer – confidential",
   "Dear Dr Morgan, I'm retained by a private hospital group (14 sites, UK and Ireland) to appoint their first Group Chief Medical Officer. "
   "Executive board member, reporting to the CEO, package in the region of £260-290k plus bonus. I'd welcome a confidential conversation, "
   "and can share the candidate brief in advance. Kind regards, Eleanor"))
P("stranger_inmail_recruiter", "fr", "Laurent Desrosiers", "Associé | Recrutement de dirigeants santé | Hoffmann & Associés", "Paris",
  ("inm", "Direction médicale d'un groupe de cliniques",
   "Bonjour Docteur, je suis mandaté par un groupe de cliniques MCO (11 établissements en Auvergne-Rhône-Alpes) pour recruter son directeur médical "
   "groupe, membre du comité exécutif. Rémunération fixe de 180 à 210 k€ plus variable. Votre parcours correspond au profil recherché : accepteriez-vous "
   "un premier échange confidentiel ?"))
P("stranger_inmail_recruiter", "it", "Chiara Bassani", "Executive Search | Sanità e Life Sciences", "Milano",
  ("inm", "Direttore Sanitario di gruppo – riservato",
   "Gentile Dott. Morgan, seguo per un primario gruppo ospedaliero privato del Nord Italia la ricerca del Direttore Sanitario di gruppo. "
   "Riporto all'AD, coordinamento di 6 strutture accreditate, RAL indicativa 200-230k. Sarebbe disponibile per una telefonata riservata?"))
P("stranger_inmail_recruiter", "es", "Javier Oñate", "Headhunter | Sector salud y farma", "Madrid",
  ("inm", "Director Médico Corporativo",
   "Buenas tardes, Alex. Llevo en exclusiva la búsqueda de un Director Médico Corporativo para un grupo hospitalario privado con 9 hospitales. "
   "Depende del CEO, retribución en torno a 190.000 € más variable. ¿Te apetece que lo hablemos en confianza?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Rocío Bravo", "Inside Sales | Plataforma de IA para diagnóstico por imagen", "Málaga",
  ("inm", "IA para sus radiólogos", "Hola Alex, nuestra IA detecta nódulos pulmonares y fracturas en segundos y ya está validada en 30 hospitales. "
                                    "¿Le interesaría una prueba gratuita de un mes seguida de una propuesta?"),
  ("inm", "¿15 minutos?", "Alex, solo quería saber si pudo ver mi mensaje anterior. ¿Le viene bien una llamada corta el jueves?"))
P("stranger_inmail_sales", "it", "Nicola Fabbri", "Area manager | Agenzia infermieri e OSS a chiamata", "Bari",
  ("inm", "Personale infermieristico per l'estate", "Buongiorno Dottore, per l'estate possiamo fornirvi infermieri e OSS a chiamata anche con "
                                                    "preavviso di 24 ore, tariffa oraria tutto incluso. Le mando il listino?"))
P("stranger_inmail_sales", "de", "Matthias Engel", "Produktmanager | Pharmavance Diabetologie", "München",
  ("inm", "Honorierte Expertenrunde",
   "Sehr geehrter Herr Dr. Morgan, zur Markteinführung unseres neuen Basalinsulins laden wir ausgewählte Chef- und Klinikärzte zu einer "
   "honorierten Expertenrunde ein (Honorar 800 €). Sie lernen das Präparat aus erster Hand kennen, anschließend stellt sich Ihr zuständiger "
   "Außendienst vor. Darf ich Sie vormerken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rachel Dunmore", "Clinical Director | Regional Patient Safety Collaborative", "Nottingham",
  ("inv", "Hi Alex, we're opening our Patient Safety Collaborative to independent hospitals for the first time. Free, quarterly learning sets on "
          "deteriorating patients and sepsis. Would love your group to be part of it."),
  ("msg", "Thanks for joining the learning set! Here's the RCA toolkit I mentioned, plus the NEWS2 escalation audit template we use."),
  ("msg", "Hi Alex, some news: I've taken a role as Clinical Lead at Clarivo, the incident-management platform. Given what your team shared at the "
          "learning set, I think it would really help you. Could I set up a demo with you and your governance lead?"))
P("good_turns_ugly", "fr", "Hugo Bastide", "Interne de santé publique | Doctorant en qualité des soins", "Lille",
  ("inv", "Bonjour Docteur, je prépare une thèse sur les durées de séjour évitables en médecine. Auriez-vous dix minutes pour me dire comment votre "
          "groupe organise la sortie le week-end ? Je partagerai bien sûr les résultats."),
  ("msg", "Merci infiniment pour notre échange, c'était passionnant. Je vous envoie le questionnaire anonymisé dès qu'il est validé par mon directeur."),
  ("msg", "Bonjour Alex, petite nouvelle : j'ai cofondé une start-up de gestion des lits en temps réel. Nous cherchons des établissements pilotes, "
          "abonnement de 12 000 € par an la première année au lieu de 20 000. Seriez-vous partant ?"))
P("good_turns_ugly", "es", "Marina Esteve", "Coordinadora | Congreso de Calidad Asistencial (acreditado con créditos de formación continuada)", "Valencia",
  ("inv", "Hola Alex, el 22 de octubre celebramos en Valencia la Jornada de Calidad Asistencial, gratuita para profesionales y acreditada con "
          "créditos de formación continuada. Me encantaría que vinieras, o alguien de tu equipo de calidad."),
  ("msg", "¡Gracias por venir a la jornada! Ya están subidas las ponencias y los certificados de créditos, te dejo el enlace en mi perfil."),
  ("end",),
  ("msg", "Oye Alex, te he validado {skill}. ¿Me validas tú Gestión sanitaria? Me estoy moviendo para un puesto de dirección y me ayudaría mucho."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Davide Lombardo", "Product specialist | Robotica chirurgica", "Torino",
  ("inm", "Chirurgia robotica nella sua struttura", "Buongiorno Dottore, le propongo una visita al nostro centro demo per vedere il nuovo robot chirurgico "
                                                     "con formula noleggio a 5 anni. Quando le sarebbe comodo?"),
  ("inv", "Buongiorno Dott. Morgan, ho letto il suo intervento sulla governance delle tecnologie sanitarie, molto interessante. Mi farebbe piacere collegarci."))
P("reinvite_known_bad", "en", "Scott Fairbanks", "Founder | LocumLink – locum doctors on demand", "Liverpool",
  ("inv", "Hi Alex, LocumLink fills short-notice consultant gaps in 72 hours, fully compliant, no agency markup games. Worth connecting?"),
  ("inv", "Hi Alex, fellow healthcare leader here, always keen to connect with people improving patient care."),
  ("rem",))
P("reinvite_known_bad", "de", "Nadine Albers", "Key Account | Krankenhausinformationssysteme", "Köln",
  ("inv", DEFAULT),
  ("inv", "Guten Tag Herr Dr. Morgan, Ihr Beitrag zur Digitalisierung der Notaufnahme hat mir sehr gefallen. Ich würde mich freuen, in Kontakt zu bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Patrick Morel", "Commercial | Matériel de bloc opératoire", "Bordeaux",
  ("inv", "Bonjour, je souhaiterais vous présenter nos tables d'opération dernière génération."),
  ("inm", "Sans réponse",
   "Docteur, cela fait un mois que j'attends une réponse. Vous n'avez même pas la correction de refuser. Vos blocs ne sont pas les seuls en France, "
   "croyez-le bien."),
  ("inv", "Bonjour Alex, je reviens vers vous, peut-être dans de meilleures dispositions de part et d'autre. Au plaisir de vous compter dans mon réseau.", (100, 200)))
P("reinvite_known_ugly", "es", "Esteban Carrasco", "Socio | Benchmarking hospitalario", "Madrid",
  ("inm", "Estudio comparativo gratuito",
   "Hola Dr. Morgan, estamos comparando indicadores de estancia media entre hospitales privados. Es gratuito y le enviaremos su posición frente al resto. ¿Participa?"),
  ("inm", "Su informe",
   "Gracias por los datos. El informe detallado con recomendaciones forma parte de nuestro servicio de consultoría, 9.800 € por centro. ¿Le envío la propuesta?"),
  ("inv", "Hola Alex, me gustaría sumarte a mi red de directivos sanitarios."))
P("reinvite_known_ugly", "en", "Gary Lindqvist", "Sales Director | Clinical documentation AI", "Dublin",
  ("inv", "Hi Alex, would love to connect with a fellow leader in healthcare."),
  ("inm", "Noted.",
   "You've left my invite hanging for five weeks. For someone who posts about 'compassionate leadership' that's pretty rich. Enjoy the ivory tower."),
  ("inv", "Alex, water under the bridge? Would be good to be connected.", (100, 180)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Alberto Neri", "Business developer | Integrazione sistemi LIS e RIS", "Genova",
  ("acc",),
  ("msg", "Grazie per il collegamento, Dottore! Approfitto: integriamo laboratorio e radiologia con qualunque cartella clinica in otto settimane. "
          "Se le interessa le preparo un preventivo."))
P("user_invited_pitch_once", "es", "Mariana Costa", "Diretora | Agência de turismo médico internacional", "Lisboa",
  ("acc",),
  ("msg", "Obrigada pelo convite, Alex! Trabalhamos com pacientes internacionais que procuram cirurgia ortopédica e cardíaca na Europa. "
          "Podemos encaminhá-los para os vossos hospitais com uma comissão de 15%. Quer que lhe envie a proposta de parceria?"),
  nl="pt")
P("user_invited_pitch_once", "fr", "Jean-Baptiste Roy", "Courtier | Responsabilité civile médicale", "Nantes",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Puisque nous sommes connectés : votre contrat RCP arrive-t-il à échéance cette année ? Je peux vous "
          "faire une étude comparative gratuite."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Carsten Vogt", "Vertrieb | KIS-Schnittstellen und Telematikinfrastruktur", "Stuttgart",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Dr. Morgan! Haben Sie die KHZG-Fördertatbestände schon ausgeschöpft? Wir setzen Patientenportale und "
          "digitale Aufnahme in sechs Monaten um. Darf ich Ihnen eine kurze Präsentation zeigen?"),
  ("msg", "Guten Tag Herr Dr. Morgan, ich hake nochmal nach: Für Projekte mit Start im Q1 hätten wir noch Kapazität. Soll ich ein Angebot schicken?"))
P("user_invited_pitch_twice", "en", "Megan Hartley", "Account Director | ProNurse Staffing", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting Alex! We supply theatre and recovery nurses on long-term lines to several independents. "
          "Happy to send our rate card if you have gaps this winter?"),
  ("msg", "Hi Alex, just checking in. We've got two experienced scrub nurses free from next month, want their profiles?"))
P("user_invited_pitch_twice", "es", "Susana Prieto", "Consultora | Acreditación QH y Joint Commission", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Acompañamos a hospitales privados en la acreditación Joint Commission, desde el gap analysis hasta la "
          "visita. ¿Te interesaría una propuesta?"),
  ("msg", "Hola Alex, te escribo otra vez porque abrimos agenda para nuevos proyectos en enero. ¿Te preparo un presupuesto sin compromiso?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Claire Vasseur", "Médecin DIM | Codage PMSI et qualité des données", "Strasbourg",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme promis au congrès, voici notre grille d'audit du codage des comorbidités et le tableau de bord qu'on "
          "présente chaque mois en CME. Servez-vous, et n'hésitez pas si vous avez des questions."))
P("user_invited_value", "it", "Stefano Orlandi", "Ricercatore | Epidemiologia clinica, Istituto di Ricerche Cliniche Lombardo", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex. Come ti anticipavo, stiamo cercando centri privati per lo studio multicentrico sulle infezioni del "
          "sito chirurgico in ortopedia: protocollo approvato dal comitato etico, nessun costo per le strutture, rimborso del tempo del data manager."),
  ("msg", "Ti ho mandato il protocollo e la scheda di fattibilità via mail. Se ci sono dubbi possiamo sentirci quando vuoi."))
P("user_invited_value", "fr", "Maarten de Vries", "Medisch directeur | Ziekenhuisgroep Noord", "Groningen",
  ("acc",),
  ("msg", "Hoi Alex, dank voor de uitnodiging! Zoals beloofd ons protocol voor de dagelijkse veiligheidshuddle op de verpleegafdelingen, met "
          "de evaluatie na een jaar. Gebruik het gerust."),
  nl="nl")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Elena Robles", "Directora de Enfermería | Hospital privado", "Salamanca", ("acc",))
P("acceptance_only", "de", "Wolfgang Hein", "Chefarzt Chirurgie | Klinikverbund Süd", "Augsburg", ("acc",))
P("lone_endorsement", "it", "Paolo Serra", "Medico di direzione sanitaria", "Cagliari", ("end",))
P("lone_endorsement", "en", "Aidan Frost", "Consultant Physician | Acute Medicine", "Newcastle", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Dr. Sarah Linton", "s.linton@example-hospitals.co.uk", "Harriet at Calloway",
     "Alex,\n\nHarriet Okafor from Calloway Search may be in touch on LinkedIn about the Midlands CMO role. She ran my search last year and was "
     "discreet and straight. Worth a call.\n\nSarah", "en"),
    ("Landesärztekammer", "fortbildung@aerztekammer.example.de", "Ihr Fortbildungskonto: 48 neue CME-Punkte gebucht",
     "Sehr geehrter Herr Dr. Morgan,\n\nauf Ihrem Fortbildungskonto wurden 48 Punkte gebucht. Veranstaltungen, die Sie über LinkedIn oder andere Kanäle "
     "gefunden haben, müssen vom Veranstalter gemeldet werden.", "de"),
    ("Comité d'organisation JFQS", "contact@jfqs.example.fr", "Votre communication est acceptée",
     "Bonjour Docteur,\n\nvotre communication « Revue de mortalité-morbidité en établissement privé » est acceptée en session orale. "
     "N'hésitez pas à l'annoncer sur LinkedIn avec le visuel joint.", "fr"),
    ("Recursos Humanos", "rrhh@grupo-hospitalario.example.es", "Oferta de jefe de urgencias publicada",
     "Hola Alex,\n\nya está publicada en LinkedIn y en la web la oferta de Jefe de Urgencias. Te pasamos los candidatos cada viernes.", "es"),
    ("Marco Villa", "marco.villa@example.it", "Fwd: invito su LinkedIn da un'agenzia infermieri",
     "Ciao Alex,\n\nè arrivato anche a me l'invito di quell'agenzia di infermieri a chiamata su LinkedIn, ti inoltro il testo. Io ho ignorato.\n\nMarco", "it"),
    ("MedLocum Direct", "sales@medlocum.example", "Alex, 6 anaesthetists available next week",
     "Hi Alex,\n\nWe found you on LinkedIn. We have six GMC-registered consultant anaesthetists available from Monday at £135/h. Reply YES for CVs.", "en"),
    ("Ethikkommission", "ethik@uniklinik.example.de", "POD-70: Zweitvotum für Ihre Standorte",
     "Sehr geehrter Herr Dr. Morgan,\n\nFrau Dr. Vogelsang hat Ihre Häuser als mögliche Prüfzentren gemeldet. Anbei das Formular für das Zweitvotum.", "de"),
    ("Doctolib Pro", "no-reply@pro.example.fr", "Nouveau : partagez vos disponibilités sur LinkedIn",
     "Bonjour,\n\nvous pouvez désormais afficher un lien de prise de rendez-vous sur votre profil LinkedIn. Découvrez comment dans votre espace.", "fr"),
    ("Sociedad Española de Calidad Asistencial", "secretaria@calidad.example.es", "Certificado de créditos - Jornada de Calidad",
     "Estimado Dr. Morgan,\n\nadjuntamos su certificado de asistencia (0,8 créditos). Si lo comparte en LinkedIn, etiquete a la Sociedad.", "es"),
    ("Segreteria ECM", "ecm@provider.example.it", "Questionario di gradimento - Rischio clinico",
     "Gentile Dottore,\n\nper ottenere gli 8 crediti ECM compili il questionario entro 3 giorni. Il programma era stato diffuso anche su LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventeenth development corpus (dev17). Generated by scripts/make_corpus_dev17.py (seed {SEED}); do not edit by hand.",
          "# Alex as medical director of a private hospital group: pharma and med-tech reps, staffing agencies, health-IT vendors, insurers, "
          "accreditation consultants, CME congresses, peers, students, patient groups, researchers and headhunters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev17", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
