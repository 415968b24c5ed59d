#!/usr/bin/env python3
"""Write mailbot's dev188 evaluation corpus: tests/corpus/dev188/*.eml + expected.toml.

The angle: two ordinary months (September and October 2024) of the user Alex as plant manager
of an automotive-parts factory near Stuttgart (brake calipers, steering knuckles, die-casting
and machining). Their LinkedIn world: automation, robotics and energy-efficiency vendors,
staffing and temp agencies, engineers and technicians applying for jobs, peers who share
lean-manufacturing plant visits and gemba walks, paid benchmarking clubs dressed up as peer
circles, a supplier who turns rude after losing a tender, recruiters with real plant roles,
Tier-1 customers' quality people, the local vocational school. German, English, Italian, some
French and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The skills, job-alert titles, spoof headlines and spoof pitches are
swapped for manufacturing ones in this process only. Every person's story is set in the
current layout and starts between 2 September and 15 October 2024. Every note was written
from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev188.py              # writes tests/corpus/dev188
    python scripts/make_corpus_dev188.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240902188

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the plant's world (this process only)
_LO, _HI = datetime(2024, 9, 2, 6, tzinfo=timezone.utc), datetime(2024, 10, 15, 18, tzinfo=timezone.utc)
_orig_start = mc.Gen.start_date


def _start_date(self, era: str) -> datetime:
    if era == "2016":
        return _orig_start(self, era)
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

SKILLS = {
    "en": ["Lean Manufacturing", "Automotive", "Plant Management", "Continuous Improvement", "IATF 16949", "Six Sigma"],
    "de": ["Lean Management", "Automobilindustrie", "Werksleitung", "KVP", "Produktionsplanung", "Shopfloor Management"],
    "fr": ["Lean Manufacturing", "Industrie automobile", "Direction d'usine", "Amélioration continue", "Production"],
    "es": ["Lean Manufacturing", "Automoción", "Dirección de planta", "Mejora continua", "Producción"],
    "it": ["Lean Manufacturing", "Automotive", "Gestione stabilimento", "Miglioramento continuo", "Produzione"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Werkleiter (m/w/d) Zerspanung", "Hessler Automotive"), ("Plant Manager – Die Casting", "Nordvik Castings"),
              ("Head of Operations Europe", "Valtrix Mobility"), ("Leiter Produktion (m/w/d)", "Brenner Fahrwerktechnik"),
              ("Director Manufacturing Excellence", "Corvane Automotive")]
mc.COMPANIES["good"] = ["Hessler Automotive", "Brenner Fahrwerktechnik", "Fraunhofer IPA", "Gewerbliche Schule Esslingen", "Valtrix Mobility",
                        "Nordvik Castings", "VDI Württemberg"]
mc.COMPANIES["sales"] = ["RoboNest Automation", "KraftWerk Energy Services", "FlexStaff Personal", "OptiPlant MES", "CobotPro",
                         "LeanSprint Consulting", "AirSave Druckluft"]
mc.HEADLINES["good"] = ["Werkleiter bei {co}", "Lean Coach | {co}", "Head of Quality at {co}", "Maschinenbauingenieur | {co}",
                        "Production Engineer, {co}", "Abteilungsleiter Fertigung, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Automotive | {co}", "Business Development Manager DACH @ {co}", "Founder & CEO at {co}",
                         "Helping plants cut energy costs | {co}", "Sales Director Industry | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the updated tender documents for the casting lot are in the shared folder. Sign in to open them before Friday.",
           "Dear {first}, your supplier portal access expires today. Please verify your account to keep receiving purchase orders."],
    "de": ["Hallo {first}, die aktualisierten Ausschreibungsunterlagen liegen im geteilten Ordner. Bitte bis Freitag anmelden und öffnen.",
           "Guten Tag {first}, Ihr Zugang zum Lieferantenportal läuft heute ab. Bitte bestätigen Sie Ihr Konto."],
    "fr": ["Bonjour {first}, le dossier d'appel d'offres mis à jour est disponible. Connectez-vous pour le télécharger.",
           "Bonjour {first}, votre accès au portail fournisseurs expire aujourd'hui. Merci de vérifier votre compte."],
    "es": ["Hola {first}, ya están los pliegos actualizados de la licitación en la carpeta compartida. Inicia sesión para verlos.",
           "Estimado {first}, su acceso al portal de proveedores caduca hoy. Verifique su cuenta."],
    "it": ["Ciao {first}, i documenti di gara aggiornati sono nella cartella condivisa. Accedi per aprirli entro venerdì.",
           "Gentile {first}, il suo accesso al portale fornitori scade oggi. Verifichi il suo account."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": dict(job=("{n} new jobs for \"plant manager\"", "Your job alert for plant manager in {city}"),
               news="Are Europe's car-parts suppliers running out of runway?", group="Top conversations in Lean Manufacturing Professionals DACH",
               newsletter="Shopfloor Notes: why your OEE number is lying to you"),
    "de": dict(job=("{n} neue Jobs für „Werkleiter“", "Ihr Jobalarm für Werkleiter in {city}"),
               news="Zulieferer unter Druck: Wie viele Werke schließen bis 2026?", group="Top-Unterhaltungen in Produktion & Lean Management",
               newsletter="Hallenluft: Energiekosten im Werk halbieren – was wirklich geht"),
    "fr": dict(job=("{n} nouvelles offres pour « directeur d'usine »", "Votre alerte emploi pour directeur d'usine à {city}"),
               news="Les équipementiers automobiles face à la crise des volumes", group="Meilleures discussions dans Lean & Excellence Opérationnelle",
               newsletter="Carnet d'usine : le gemba walk qui change tout"),
    "es": dict(job=("{n} empleos nuevos de «director de planta»", "Tu alerta de empleo de director de planta en {city}"),
               news="¿Aguantarán los proveedores de automoción la caída del eléctrico?", group="Conversaciones destacadas en Lean Manufacturing en español",
               newsletter="Cuaderno de planta: SMED sin gastar un euro"),
    "it": dict(job=("{n} nuove offerte per «direttore di stabilimento»", "Il tuo avviso di lavoro per direttore di stabilimento a {city}"),
               news="Componentistica auto: il 2025 sarà l'anno dei tagli?", group="Conversazioni principali in Lean Manufacturing Italia",
               newsletter="Diario di reparto: il kaizen che non costa nulla"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Jonas Wiedmann", "Maschinenbauingenieur (M.Sc.) | Fertigungsplanung", "Reutlingen",
  ("inv", "Guten Tag Herr Morgan, ich habe mich letzte Woche auf die Stelle als Fertigungsplaner in Ihrem Werk beworben (Ref. 24-117). "
          "Ich komme aus der Zerspanung bei einem Tier-2 und würde mich freuen, wenn wir uns hier vernetzen. Viele Grüße, Jonas Wiedmann"),
  ("rem",))
P("good_invitation", "en", "Priya Raghunathan", "Lean Coach | Operational Excellence, Nordvik Castings", "Göteborg",
  ("inv", "Hi Alex, we host an open gemba day at our die-casting plant on 17 Oct, no cost, max 12 guests from other plants. "
          "Saw your comment on the SMED thread and thought you'd get a lot out of it. Shall I put you on the list?"))
P("good_invitation", "it", "Federico Lanzoni", "Direttore di stabilimento | Brembo-area Tier 1", "Bergamo",
  ("inv", "Ciao Alex, ci siamo incrociati alla visita lean da Hessler a maggio. Stiamo combattendo con le stesse micro-fermate sulle celle di "
          "sbavatura che avevate voi: ti andrebbe uno scambio di 20 minuti tra colleghi? Ricambio volentieri con i nostri dati OEE."))
P("good_invitation", "de", "Sabine Kurz", "Abteilungsleiterin Ausbildung | Gewerbliche Schule Esslingen", "Esslingen",
  ("inv", "Hallo Herr Morgan, unsere Mechatronik-Klasse sucht für das Frühjahr Praktikumsplätze und einen Betrieb für eine Werksführung. "
          "Hätten Sie Interesse, uns kennenzulernen? Ihre Azubis von letztem Jahr haben viel Gutes erzählt."),
  ("rem",))
P("good_invitation", "fr", "Mathieu Girardot", "Ingénieur méthodes | Usinage aluminium", "Mulhouse",
  ("inv", "Bonjour Alex, je suis ingénieur méthodes à Mulhouse et je viens de postuler à votre offre \"Process Engineer Machining\". "
          "Je parle allemand couramment et je peux me déplacer pour un entretien quand vous voulez. Merci d'avance !"))
P("good_invitation", "en", "Dr. Heike Vollmer", "Group Lead Energy Efficiency in Production | Fraunhofer IPA", "Stuttgart",
  ("inv", "Dear Alex, we're looking for two plants for a publicly funded study on compressed-air losses. Free leak survey and a report you keep; "
          "only ask is access for two days. Would your plant be interested?", ), nl="en")


# =============================================================== default_invitation
P("default_invitation", "de", "Dennis Hoffmeister", "Vertrieb | Industriebedarf", "Heilbronn", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Tomasz Wierzbicki", "Key Account Manager | Industrial Robotics", "Wrocław", ("inv", NONOTE))
P("default_invitation", "it", "Giorgio Ruffini", "Consulente | Efficienza energetica", "Brescia", ("inv", DEFAULT))
P("default_invitation", "es", "Álvaro Benítez", "Técnico comercial | Utillaje", "Zaragoza", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Florian Brandstetter", "Key Account Manager Automotive | RoboNest Automation", "Augsburg",
  ("inv", "Hallo Herr Morgan, viele Werke im Raum Stuttgart automatisieren gerade das Be- und Entladen ihrer CNC-Zellen. Mit RoboNest amortisiert "
          "sich das in unter 18 Monaten. Hätten Sie nächste Woche 20 Minuten für eine kurze Vorstellung?"))
P("sales_invitation", "en", "Rachel Osei", "Business Development | FlexStaff Personal – skilled trades", "Mannheim",
  ("inv", "Hi Alex, short on CNC operators for the night shift? We place pre-screened machinists from Portugal and Romania within 3 weeks, "
          "all paperwork handled. Happy to send our rate card and hop on a call."),
  ("rem",))
P("sales_invitation", "it", "Marco Pellizzari", "Area Manager DACH | AirSave Compressori", "Verona",
  ("inv", "Buongiorno Alex, con i nostri compressori a velocità variabile i clienti automotive risparmiano fino al 35% di energia sull'aria compressa. "
          "Posso passare in stabilimento per un sopralluogo e un preventivo?"))
P("sales_invitation", "de", "Kerstin Maaß", "Senior Consultant | LeanSprint Consulting", "Karlsruhe",
  ("inv", "Servus Alex, wir begleiten Zulieferer beim Hochlauf von Shopfloor Management – Festpreis-Paket inkl. Schulung der Meister. "
          "Ich würde Ihnen gerne unser Angebot zeigen, passt Donnerstag?"), nl="de")
P("sales_invitation", "fr", "Yannick Lefort", "Directeur commercial | OptiPlant MES", "Lyon",
  ("inv", "Bonjour Alex, notre MES se branche sur vos machines en 4 semaines et remonte l'OEE en temps réel. Plusieurs équipementiers allemands "
          "l'utilisent déjà. Je vous propose une démo de 30 min ?"))
P("bait_and_switch_invitation", "de", "Holger Breitenbach", "Initiator | Werkleiter-Runde Süd", "Ulm",
  ("inv", "Hallo Alex, ich bringe ein paar Werkleiter aus der Region zusammen – ehrlicher Austausch zu Kosten, Personal und Transformation, "
          "ohne Vertriebler im Raum. Nächstes Treffen im Oktober. Lust dabei zu sein?"),
  ("msg", "Freut mich, dass es passt! Zur Info vorab: Die Runde läuft über unseren Benchmarking-Club, Jahresbeitrag 4.800 € zzgl. MwSt., "
          "dafür bekommen Sie auch den Kennzahlenvergleich mit 40 Werken. Soll ich die Anmeldung schicken?", (4, 12)))
P("bait_and_switch_invitation", "en", "Craig Mortimer", "Community Lead | Automotive Ops Leaders Forum", "Birmingham",
  ("inv", "Alex, I run a small peer group for plant managers in automotive supply - monthly calls, no slides, just swapping what works on staffing and scrap. "
          "Would love to have a German voice in there."),
  ("msg", "Great to connect! Before the next call: our members all run our OpsPulse benchmarking dashboard, it's what keeps the discussion data-driven. "
          "Seat is €390/month per plant, can I send the order form?", (3, 9)),
  ("msg", "Hi Alex, just checking you saw the OpsPulse note - we have an onboarding slot free next Tuesday if you'd like to get started.", (6, 14)))
P("bait_and_switch_invitation", "it", "Stefania Borghi", "Energy Manager | Rete Stabilimenti Sostenibili", "Modena",
  ("inv", "Ciao Alex, sto raccogliendo esperienze di altri responsabili di stabilimento su come hanno ridotto i consumi dei forni di trattamento. "
          "Ho una domanda concreta sui vostri: posso scriverti?"),
  ("msg", "Grazie per il collegamento! In realtà ti scrivevo anche perché con la nostra ESCo offriamo audit energetici con finanziamento tramite "
          "risparmio condiviso. Ti mando la proposta e fissiamo una call con il tuo responsabile acquisti?", (2, 8)))
P("bait_and_switch_invitation", "de", "Marcel Köhler", "Geschäftsführer | CobotPro Süd", "Stuttgart",
  ("inv", "Hallo Herr Morgan, wir haben einen kostenlosen Leitfaden „Cobots in der Zerspanung – 10 Fehler, die wir gesehen haben“ geschrieben. "
          "Gern schicke ich ihn Ihnen, ganz ohne Hintergedanken."),
  ("msg", "Hier der Leitfaden, viel Spaß beim Lesen!", (1, 4)),
  ("msg", "Hallo Herr Morgan, hat Ihnen der Leitfaden gefallen? Wir hätten im November noch Kapazität für eine Pilotzelle zum Aktionspreis von 62.000 €. "
          "Wann darf ich vorbeikommen?", (8, 20)))
P("bait_and_switch_invitation", "es", "Nerea Goikoetxea", "Directora | Club de Excelencia Industrial", "Bilbao",
  ("inv", "Hola Alex, organizamos visitas entre plantas de automoción en España y Alemania para compartir buenas prácticas lean. "
          "Sin coste para las plantas anfitrionas. ¿Te apetece conectar?"),
  ("msg", "¡Gracias por aceptar! Te cuento: la membresía del club para participar en las visitas es de 3.200 € al año por planta, y "
          "con ella tienes acceso a nuestro informe de benchmarking. ¿Te envío la factura proforma?", (5, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Lucas Brandt", "Research Analyst | European Manufacturing Survey 2024", "Amsterdam",
  ("inm", "Quick survey: energy costs in automotive plants", "Hi Alex, we're compiling an independent survey on how plants in automotive supply "
          "are coping with energy prices. 10 questions, and every participant gets the full results. Would you take part?"),
  ("inm", "Your survey results + next step", "Thanks for answering! Based on your replies, your plant is a strong fit for our partner's heat-recovery "
          "system, typically 180k/year savings. Could we book 30 minutes with you and your maintenance lead this week?", (4, 10)))
P("bait_and_switch_inmail", "de", "Annika Steinfeld", "Redaktion | Fabrik der Zukunft Award", "Hannover",
  ("inm", "Ihr Werk für den Fabrik-der-Zukunft-Award nominiert", "Hallo Herr Morgan, Ihr Werk wurde von unserer Jury für den Award 2024 vorgeschlagen. "
          "Wir würden Sie gern für ein kurzes Porträt interviewen."),
  ("inm", "Award 2024 – Teilnahmepaket", "Vielen Dank für das nette Telefonat! Wie besprochen: Für die Finalisten gibt es das Teilnahmepaket mit Porträt, "
          "Logo-Nutzung und Gala-Tisch für 7.900 € netto. Ich schicke Ihnen gern die Auftragsbestätigung.", (6, 14)))
P("bait_and_switch_inmail", "it", "Roberto Caldera", "Presidente | Associazione Giovani Ingegneri di Produzione", "Torino",
  ("inm", "Intervento al nostro incontro di ottobre", "Buongiorno Alex, saremmo onorati di averti come ospite a un nostro incontro serale per raccontare "
          "la tua esperienza di trasformazione lean. Pubblico di giovani ingegneri, niente di formale."),
  ("inm", "Re: Intervento al nostro incontro di ottobre", "Ciao Alex, grazie della disponibilità! Per gli ospiti chiediamo una sponsorizzazione "
          "di 1.500 € che copre sala e aperitivo, e ti diamo visibilità sul nostro sito. Ti mando IBAN e logo?", (3, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Sven Rothacker", "Instandhaltungsleiter | Schichtmodell-Fan", "Göppingen",
  ("end",), ("end",),
  ("msg", "Moin Alex, hab dich mal für {skill} bestätigt – hast du dir verdient 😉 Kannst du mir im Gegenzug TPM und Instandhaltung bestätigen? "
          "Bin gerade auf Jobsuche, das hilft beim Profil."))
P("endorse_me_back", "en", "Kevin Adeyemi", "Quality Engineer | APQP, PPAP, 8D", "Coventry",
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} earlier this week. Would you mind returning the favour for APQP and Root Cause Analysis? Cheers!"))
P("endorse_me_back", "it", "Daniela Sartori", "Supply Chain Specialist | Automotive", "Padova",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato un paio di conferme sulle competenze. Se ti va di ricambiare su Supply Chain e Logistica mi fai un grande favore, grazie mille!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Uwe Gerstenmaier", "Inhaber | Gerstenmaier Personaldienstleistungen", "Böblingen",
  ("inv", "Guten Tag, wir stellen kurzfristig Helfer und Staplerfahrer für Ihre Produktion. Darf ich Ihnen unsere Konditionen schicken?"),
  ("rem",),
  ("inm", "Ihre fehlende Reaktion", "Herr Morgan, ich habe Ihnen zweimal geschrieben. Dass ein Werkleiter nicht einmal eine Absage hinkriegt, "
          "sagt viel über Ihre Führungskultur. Kein Wunder, dass Ihnen die Leute weglaufen."))
P("hostility_after_decline", "en", "Jake Hollister", "Sales Manager | PowerTrim Energy Solutions", "Leeds",
  ("inv", "Hi Alex, we help plants cut energy bills with LED retrofits and power-factor correction. Worth a chat?"),
  ("inm", "Seriously?", "Ignoring a simple connection request is pretty unprofessional, Alex. Some of us are just trying to do our jobs. "
          "Hope your energy bills keep going up."))
P("hostility_after_decline", "it", "Claudio Venturini", "Titolare | Venturini Automazioni", "Vicenza",
  ("inv", DEFAULT),
  ("inm", "Complimenti per l'educazione", "Buongiorno, ho visto che ha rifiutato il mio invito. Trent'anni che lavoro nell'automazione e "
          "non mi era mai capitato un atteggiamento così arrogante. Si ricordi che il mondo è piccolo."))
P("hostility_after_decline", "fr", "Olivier Tessier", "Consultant indépendant | Performance industrielle", "Strasbourg",
  ("inv", "Bonjour Alex, je serais ravi d'échanger avec vous sur la performance industrielle."),
  ("rem",),
  ("inm", "Sans réponse", "Alex, trois semaines sans la moindre réponse. Je trouve ça franchement méprisant. Un minimum de politesse ne coûte rien, "
          "même pour un directeur d'usine allemand."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Rüdiger Falkenstein", "Vertriebsleiter | Falkenstein Gusstechnik GmbH", "Aalen",
  ("msg", "Hallo Alex, zur Ausschreibung Lenkgehäuse: Wir können beim Preis noch 4 % nachgeben, wenn wir den Zuschlag bis Monatsende bekommen. "
          "Lassen Sie uns kurz telefonieren."),
  ("msg", "Alex, ich habe gehört, dass der Zuschlag nach Tschechien geht. Nach zwölf Jahren Zusammenarbeit ist das ein Schlag ins Gesicht. "
          "Ihr Einkauf hat keine Ahnung von Qualität, und Sie lassen sich das gefallen. Rufen Sie uns nicht an, wenn die erste Charge Lunker hat.", (6, 15)))
P("hostility_connection", "en", "Gareth Pryce", "Director | Pryce Industrial Coatings", "Cardiff",
  ("acc",),
  ("msg", "Thanks for connecting at the trade fair, Alex. As discussed, I'd like to quote for the e-coat line - can we schedule a site visit?"),
  ("msg", "Heard you went with another coater without even asking for our final price. Frankly that's a shoddy way to treat a supplier who flew out "
          "to see you. Don't bother reaching out next time.", (10, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Nadine Scholl", "Account Managerin | FlexStaff Personal", "Stuttgart",
  ("msg", "Hallo Alex, für Q4 haben wir noch 8 erfahrene CNC-Fräser frei – Überlassung ab sofort. Sollen wir sprechen?"),
  ("msg", "Hi Alex, kurzes Update: Unsere Facharbeiter aus Spanien können ab November starten, Stundensatz unverändert. Interesse?", (7, 16)),
  ("msg", "Hallo Alex, letzte Chance für die Jahresrahmenvereinbarung zu 2024er Konditionen. Darf ich Ihnen den Vertrag schicken?", (8, 18)))
P("connection_only_pitches", "en", "Vikram Seth", "VP Sales EMEA | VisionIQ – AI visual inspection", "Munich",
  ("msg", "Hi Alex, hope the plant's doing well. Our AI camera system catches porosity on castings that human inspectors miss. 2-week free trial, then subscription. Interested?"),
  ("msg", "Alex, one of your neighbours in Esslingen cut escape defects by 70% with VisionIQ. Can I show you the numbers on a 20-min call?", (5, 14)))
P("connection_only_pitches", "it", "Luca Mancuso", "Commerciale Italia-Germania | Utensileria Mancuso", "Lecco",
  ("msg", "Ciao Alex, abbiamo una promozione sugli inserti in PCD per alluminio, -18% fino a fine ottobre. Ti preparo un'offerta?"),
  ("msg", "Ciao Alex, ti ho mandato il listino aggiornato via mail. Posso passare la settimana prossima con il nostro tecnico per una prova in macchina?", (6, 12)))


# =============================================================== single_pitch
P("single_pitch", "de", "Tobias Wendling", "Vertrieb | KraftWerk Energy Services", "Esslingen",
  ("msg", "Hallo Alex, schön, dass wir vernetzt sind. Wir bieten aktuell Lastspitzenmanagement für Industriebetriebe – "
          "bei Ihrem Verbrauch sind locker 60 T€ im Jahr drin. Darf ich ein Angebot erstellen?"))
P("single_pitch", "en", "Megan Doyle", "Account Executive | ShiftBoard Workforce Software", "Dublin",
  ("msg", "Hey Alex! Scheduling three shifts across 400 operators in Excel? ShiftBoard automates it and handles the works-council rules. "
          "Could I grab 15 minutes next week to show you?"))
P("single_pitch", "es", "Javier Montoya", "Gerente comercial | Soldaduras Montoya", "Valencia",
  ("msg", "Hola Alex, vi que ampliáis la línea de subchasis. Fabricamos utillajes de soldadura a medida con plazo de 6 semanas. ¿Te paso presupuesto?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Birgit Haussmann", "Werkleiterin | Brenner Fahrwerktechnik", "Schwäbisch Gmünd",
  ("msg", "Hallo Alex, wie versprochen: Unser Standard für das Schichtübergabe-Board als PDF, inkl. der Eskalationsregeln. Nimm dir gern, was passt. "
          "Und wenn du mit deinem Team mal zum Gemba-Walk vorbeikommen willst – Tür ist offen."),
  ("msg", "PS: Fraunhofer macht am 22.10. einen offenen Workshop zu Druckluft-Leckagen, kostenlos für Zulieferer aus der Region. Ich geh hin, kommst du mit?", (5, 14)))
P("connection_brings_value", "en", "Daniel Okafor", "Operations Director | Hessler Automotive UK", "Telford",
  ("end",),
  ("msg", "Alex, our team just got back from the Toyota supplier visit in Valenciennes. I wrote up our notes on their heijunka board and "
          "the changeover matrix - attaching them, no strings. Happy to talk through it if useful."))
P("connection_brings_value", "it", "Paola Ferretti", "Responsabile Qualità | Fornitore Tier 1", "Torino",
  ("msg", "Ciao Alex, ti giro il contatto di un auditor IATF molto bravo che ci ha aiutato a chiudere le non conformità senza drammi. "
          "Gli ho già accennato di te, se vuoi scrivigli pure a nome mio."))
P("connection_brings_value", "fr", "Camille Rousseau", "Directrice d'usine | Équipementier freinage", "Amiens",
  ("msg", "Bonjour Alex, suite à notre échange au salon, je vous invite à visiter notre ligne de montage étriers le 8 novembre avec d'autres directeurs. "
          "C'est gratuit, on partage notre démarche SMED et on déjeune ensemble. Dites-moi si ça vous tente."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Katrin Eisele", "Executive Search Partner | Industrie & Automotive", "Frankfurt am Main",
  ("inm", "Werkleitung Leichtmetallguss – vertraulich", "Guten Tag Herr Morgan, für einen familiengeführten Zulieferer (ca. 1.200 MA, Region Heilbronn) "
          "suche ich eine neue Werkleitung. Ihr Werdegang passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch? Freundliche Grüße, Katrin Eisele"))
P("stranger_inmail_recruiter", "en", "Michael Tran", "Talent Acquisition Lead | Valtrix Mobility", "Detroit",
  ("inm", "Head of Operations Europe - Valtrix Mobility", "Hi Alex, I'm hiring a Head of Operations Europe to oversee our plants in Germany and Czechia. "
          "Reports to the COO, relocation not required. Would you be open to a confidential chat about the role?"))
P("stranger_inmail_recruiter", "it", "Elena Martini", "HR Business Partner | Corvane Automotive Italia", "Modena",
  ("inm", "Direttore di stabilimento – Modena", "Buongiorno Alex, stiamo cercando un direttore di stabilimento per il nostro sito di Modena (800 persone, fusione e lavorazioni). "
          "Il suo profilo ci sembra molto adatto. Sarebbe disponibile per una prima chiacchierata?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Jan Pohlmann", "Senior Sales | CobotPro", "Heidelberg",
  ("inm", "Cobots für Ihre Entgratzellen", "Guten Tag Herr Morgan, wir haben für einen Wettbewerber von Ihnen die Entgrattaktzeit um 30 % gesenkt. "
          "Darf ich Ihnen in einem 20-minütigen Call zeigen, wie das bei Ihnen aussehen könnte?"))
P("stranger_inmail_sales", "en", "Hannah Leclerc", "Partner | Meridian Interim Management", "Zurich",
  ("inm", "Interim managers for your ramp-up", "Hello Alex, we provide interim plant and quality managers at short notice, day rates from €1,400. "
          "Can I send you three profiles for your new line?"),
  ("inm", "Following up: interim profiles", "Hi Alex, circling back - two of the profiles are available from November. Shall I set up calls?", (6, 14)))
P("stranger_inmail_sales", "es", "Lucía Ferrándiz", "Directora comercial | Palets y Embalajes Levante", "Valencia",
  ("inm", "Embalaje retornable para piezas de automoción", "Buenos días Alex, fabricamos contenedores retornables a medida para piezas de chasis. "
          "Le puedo enviar una oferta sin compromiso y muestras."))
P("stranger_inmail_sales", "it", "Andrea Colombo", "Business Developer | ThermoLoop Recupero Calore", "Milano",
  ("inm", "Recupero di calore dai forni di fusione", "Gentile Alex, i nostri scambiatori recuperano fino al 40% del calore dai forni. "
          "Possiamo fare uno studio di fattibilità a pagamento, scalato dal prezzo d'acquisto se procedete. Quando possiamo sentirci?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Peter Allgaier", "Lean-Berater | ehem. Werkleiter Zulieferindustrie", "Tübingen",
  ("inv", "Hallo Alex, ich war 15 Jahre Werkleiter bei einem Gussteile-Zulieferer und teile gern meine Checkliste für Wertstromanalysen – "
          "kostenlos, einfach als Dank an die Community. Wollen wir uns vernetzen?"),
  ("msg", "Hier ist die Checkliste, dazu ein Beispiel-Wertstrom aus einer Bearbeitungslinie. Viel Erfolg damit!"),
  ("msg", "Hallo Alex, falls Sie die Wertstromanalyse nicht allein stemmen wollen: Ich biete ein 5-Tages-Paket vor Ort für 9.800 € an. "
          "Wollen wir einen Termin finden?", (8, 20)))
P("good_turns_ugly", "en", "Sarah Whitfield", "Continuous Improvement Manager | Brake systems", "Nottingham",
  ("inv", "Hi Alex, I'm putting together a shared list of plants open to reciprocal lean visits - nothing sold, just managers visiting each other. "
          "Would you want to be on it?"),
  ("msg", "Here's the list so far - 14 plants across UK, DE and CZ. Feel free to reach out to anyone on it."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} - would you mind endorsing me for Kaizen and Change Management? Building my profile for a new role."))
P("good_turns_ugly", "it", "Massimo Orlandi", "Direttore tecnico | Consorzio Fonderie Emiliane", "Reggio Emilia",
  ("inv", "Ciao Alex, siamo un consorzio di fonderie e organizziamo a novembre una visita tecnica gratuita a due impianti di pressofusione. "
          "Posti limitati per direttori di stabilimento: ti interessa?"),
  ("msg", "Ecco il programma della visita e i riferimenti per l'hotel convenzionato. Ci vediamo a Reggio!", (3, 8)),
  ("msg", "Alex, dopo la visita: come consorzio vendiamo anche getti pressofusi con prezzi molto competitivi rispetto ai fornitori tedeschi. "
          "Posso mandarti un'offerta per le vostre scatole sterzo?", (5, 15)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Ralf Dannecker", "Vertrieb | Druckluft-Service Süd", "Sindelfingen",
  ("inm", "Leckageortung zum Sonderpreis", "Guten Tag, wir bieten im Herbst Leckageortung mit Ultraschall zum Sonderpreis an. Interesse an einem Angebot?"),
  ("inv", "Hallo Alex, wir haben gemeinsame Kontakte im VDI-Arbeitskreis. Würde mich über eine Vernetzung freuen!", (25, 40)))
P("reinvite_known_bad", "en", "Oliver Grant", "Recruitment Consultant | Technical Staffing", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I'm organising a free roundtable on skills shortages in German manufacturing in November. Would be great to have you join.", (28, 45)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Frank Mühlhäuser", "Geschäftsführer | MH Industrieservice", "Pforzheim",
  ("inv", "Hallo Herr Morgan, wir übernehmen Reinigung und Instandhaltung in Produktionshallen. Kurz telefonieren?"),
  ("inm", "Na gut", "Schade, dass Sie es nicht für nötig halten zu antworten. Mit dieser Überheblichkeit werden Sie in der Krise noch auf die Nase fallen."),
  ("inv", "Hallo Alex, vielleicht war ich letztes Mal etwas schroff. Vernetzen wir uns einfach?", (25, 40)))
P("reinvite_known_ugly", "en", "Nathan Cole", "Director | Global Manufacturing Leaders Circle", "Manchester",
  ("inm", "Invitation: Manufacturing Leaders Circle", "Hi Alex, we're a peer circle of plant heads across Europe sharing lessons on automation. "
          "Would you like to join our next virtual meeting?"),
  ("inm", "Circle membership", "Thanks Alex! To confirm your seat, membership is €2,950/year and includes our robotics vendor matchmaking. I'll send the invoice.", (4, 10)),
  ("inv", "Hi Alex, would be good to connect here.", (25, 40)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Christian Laible", "Business Development | RoboNest Automation", "Ulm",
  ("acc",),
  ("msg", "Danke für die Vernetzung nach der Messe, Alex! Wie angesprochen: Wir könnten Ihre Entladestation mit einem Palettierroboter ersetzen. "
          "Darf ich Ihnen ein Angebot schicken?"))
P("user_invited_pitch_once", "es", "Marta Quiroga", "Key Account | Lubricantes Industriales Norte", "Vitoria",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te dejo nuestro catálogo de taladrinas de larga duración, ¿te preparo una oferta para la línea de mecanizado?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ethan Brooks", "Regional Manager | SmartLight Industrial LED", "Frankfurt am Main",
  ("acc",),
  ("msg", "Thanks for adding me, Alex. We could cut your hall lighting bill by half with our LED high bays - want a free light audit and a quote?"),
  ("msg", "Hi Alex, our Q4 pricing ends on 31 Oct. Shall I lock in the offer for your plant?", (7, 16)))
P("user_invited_pitch_twice", "it", "Simona Galli", "Sales Manager | Logistica Interna srl", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Proponiamo AGV per il trasporto pezzi tra reparti, noleggio da 1.900 €/mese. Ti mando la brochure?"),
  ("msg", "Ciao Alex, ti ricontatto per gli AGV: abbiamo un'offerta demo in stabilimento a novembre. Fissiamo?", (6, 14)))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Markus Renner", "Leiter Lernfabrik | Hochschule Esslingen", "Esslingen",
  ("acc",),
  ("msg", "Danke für die Anfrage! Gern laden wir Sie und Ihre Meister zu unserem offenen Lernfabrik-Tag am 25.10. ein – Rüstzeitreduzierung zum Anfassen, "
          "kostenlos. Und falls Sie Studierende für Abschlussarbeiten suchen: Ich leite gern Themen weiter."))
P("user_invited_value", "en", "Aisha Rahman", "Senior Process Engineer | Die casting", "Birmingham",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Re our chat about vacuum die casting: here's the paper we published on porosity reduction with our settings. "
          "Happy to jump on a call with your process guys if that helps."))
P("user_invited_value", "it", "Giulia Castelli", "Ingegnere di processo | Lavorazioni meccaniche", "Brescia",
  ("acc",),
  ("msg", "Grazie per la richiesta di collegamento! Come ti dicevo alla fiera, ti mando il CV: mi trasferisco a Stoccarda a gennaio e "
          "mi piacerebbe candidarmi per il ruolo di ingegnere di processo che avete aperto. Parlo tedesco B2."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Thomas Riexinger", "Werkleiter | Zulieferer Antriebstechnik", "Heilbronn", ("acc",))
P("acceptance_only", "en", "Laura McKenzie", "Supplier Quality Manager | Tier-1 OEM", "Glasgow", ("acc",))
P("lone_endorsement", "de", "Emre Yilmaz", "Schichtleiter | Zerspanung", "Stuttgart", ("end",))
P("lone_endorsement", "fr", "Julien Marchand", "Ingénieur qualité | Fonderie aluminium", "Metz", ("end",))


# =============================================================== a second round, weighted to the angle
P("good_invitation", "es", "Carmen Robledo", "Ingeniera de procesos | Estampación y soldadura", "Valladolid",
  ("inv", "Hola Alex, he visto que buscáis ingenieros de proceso para la planta. Tengo 6 años en soldadura robotizada en Valladolid y estoy dispuesta a mudarme. "
          "¿Podría enviarte mi CV?"))
P("good_invitation", "de", "Matthias Ströbel", "Leiter Arbeitskreis Produktion | VDI Württemberg", "Stuttgart",
  ("inv", "Hallo Alex, im VDI-Arbeitskreis Produktion sprechen wir im November über den Umgang mit Kurzarbeit in der Zulieferindustrie. "
          "Die Teilnahme ist frei. Hätten Sie Lust, kurz aus Ihrer Praxis zu berichten?"))
P("sales_invitation", "de", "Jessica Wagenknecht", "Personalberaterin | TempoTec Zeitarbeit", "Ludwigsburg",
  ("inv", "Hallo Alex, wir haben uns auf Maschinenbediener und Elektriker spezialisiert und liefern innerhalb von 48 Stunden. "
          "Darf ich Ihnen unsere Preisliste zukommen lassen?"),
  ("rem",))
P("connection_only_pitches", "de", "Dirk Hafner", "Sales Manager DACH | OptiPlant MES", "Nürnberg",
  ("msg", "Hallo Alex, ich wollte mich noch einmal wegen unserer MES-Lösung melden. Die Anbindung Ihrer Fanuc-Steuerungen ist in 2 Wochen erledigt. Demo?"),
  ("msg", "Hallo Alex, wir haben gerade ein Förderprogramm-Paket geschnürt, das 40 % der Lizenzkosten abdeckt. Sollen wir reden?", (8, 20)))
P("connection_brings_value", "de", "Ines Waldmann", "Leiterin Energiemanagement | Hessler Automotive", "Rottweil",
  ("msg", "Hi Alex, du hattest nach unseren Erfahrungen mit der Abwärmenutzung an den Härteöfen gefragt. Anbei unsere Messwerte vor und nach dem Umbau "
          "und die Liste der Stolpersteine. Gern auch telefonisch."))
P("stranger_inmail_recruiter", "en", "Graham Whitley", "Principal, Industrial Practice | Harrowgate Search", "London",
  ("inm", "Plant Director role, UK casting group", "Hi Alex, I'm retained by a UK casting group to find a plant director for their Midlands site (900 staff). "
          "Package well above market, German-style operations culture wanted. Would you be open to hearing more?"))
P("hostility_after_decline", "de", "Jürgen Bächle", "Vertriebsleiter | Bächle Schweisstechnik", "Balingen",
  ("inv", "Hallo Alex, wir sind Hersteller von Schweißvorrichtungen und würden uns gern vorstellen."),
  ("inm", "Tja", "Sie sind sich wohl zu fein für Lieferanten aus der Region. Aber wenn Ihre Tschechen wieder nicht liefern, wissen Sie ja, wo Sie uns finden. "
          "Arroganter Laden."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Personalabteilung Werk", "personal@werk-fellbach.example.de", "Bewerbung Jonas Wiedmann – Fertigungsplaner",
     "Hallo Alex,\n\nanbei die Bewerbung von Herrn Wiedmann. Er hat dich wohl auch über LinkedIn angeschrieben. Termin für das Gespräch: Dienstag 10 Uhr?\n\nGruß\nAnja", "de"),
    ("Einkauf", "einkauf@werk-fellbach.example.de", "Vergabe Lenkgehäuse – Ergebnis",
     "Hallo Alex,\n\nzur Info: Der Zuschlag für die Lenkgehäuse geht an den tschechischen Anbieter. Falkenstein ist informiert. Falls er sich über LinkedIn beschwert, bitte an mich verweisen.\n\nViele Grüße\nMarkus", "de"),
    ("Fraunhofer IPA Veranstaltungen", "events@ipa.example.de", "Einladung: Workshop Druckluftleckagen 22.10.2024",
     "Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich zum kostenlosen Workshop ein. Folgen Sie uns auch auf LinkedIn für Updates.", "de"),
    ("Motek Messe", "info@motek-messe.example", "Your visitor ticket for Motek 2024",
     "Dear visitor,\n\nyour e-ticket is attached. Share your visit on LinkedIn with #Motek2024.", "en"),
    ("XING", "mailrobot@xing.example", "Neue Kontaktanfrage auf XING",
     "Hallo Alex,\n\nSie haben eine neue Kontaktanfrage. Tipp: Verknüpfen Sie Ihr XING-Profil mit LinkedIn.", "de"),
    ("Federico Lanzoni", "f.lanzoni@stabilimento.example.it", "Dati OEE celle di sbavatura",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn, ma ti mando qui i dati OEE come promesso. Sentiamoci giovedì?\n\nFederico", "it"),
    ("Club Excelencia Industrial", "facturacion@club-excelencia.example.es", "Factura proforma 2024-311",
     "Estimado Alex,\n\nsegún lo hablado en LinkedIn, le adjuntamos la factura proforma de la membresía anual.", "es"),
    ("Betriebsrat", "betriebsrat@werk-fellbach.example.de", "Schichtplanung November",
     "Hallo Alex,\n\nwir brauchen die Schichtpläne für November bis Freitag. Und bitte: keine Zeitarbeitsangebote von LinkedIn weiterleiten, das klären wir im Ausschuss.", "de"),
]

# every person in the current layout: the stories happen in 2024
ERAS = {p[2]: "cur" for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev188 corpus. Generated by scripts/make_corpus_dev188.py (seed {SEED}); do not edit by hand.",
          "# Alex as plant manager of an automotive-parts factory near Stuttgart, autumn 2024: automation, robotics and energy vendors, "
          "staffing agencies, engineers applying, lean peers, paid benchmarking clubs, a rude supplier after a lost tender. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev188", SEED, PEOPLE, FOREIGN, spoofs=9, other=12, header=HEADER, eras=ERAS)
