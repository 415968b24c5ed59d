#!/usr/bin/env python3
"""Write mailbot's dev151 corpus, an independent labelled evaluation set: tests/corpus/dev151/*.eml + expected.toml.

The angle: the user Alex is chief of staff to the Oberbürgermeister of Wendelbach, a fictional
Große Kreisstadt of about 48,000 people in Upper Bavaria. Their LinkedIn world: smart-city
vendors (sensors, 3D city models, citizen apps, parking, LED street lighting, video analytics),
consultancies (grant funding, organisational reviews, e-file projects, PR for the mayor), event
organisers and showmen for the Volksfest and the Christmas market, citizens and associations
(a German-Turkish cultural club, a youth council, a beer garden landlord, a farmer whose land the
bypass crosses), local journalists and trade journalists, applicants for a post in the mayor's
office, party colleagues on the town council and in the Landtag, peers in other towns' mayors'
offices who share templates and checklists, the Italian twin town, researchers, a few angry
citizens, and spoofs that borrow real names. Formal German (Amtsdeutsch), Bavarian dialect,
German from Turkish-German writers, Italian from the twin town and from Veneto and Trentino
suppliers, and English from British, Irish and international writers. Most mail carries German
LinkedIn wording, some English; a handful of stories are set in 2016-2017 in that era's layout.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
digest titles, the headlines of spoof-only names and PYMK suggestions, and the notes that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev151.py              # writes tests/corpus/dev151
    python scripts/make_corpus_dev151.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260151

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the town hall's world (this process only)
# Turkish dotless i has no decomposition: map it so vanity names and accent-free variants stay ASCII.
_strip_accents = mc.strip_accents


def _strip(s: str) -> str:
    return _strip_accents(s.replace("ı", "i").replace("İ", "I"))


mc.strip_accents = _strip

mc.LANGS[:] = ["de", "en", "de", "de", "en"]      # spoofs and other LinkedIn mail: German or English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "untrusted:mx.example.org", "lookalike:xn--linkedn-dza.com",
                      "nodkim", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass", "display:gmail.com"]
mc.L["de"]["rheadline"] = "Leiter Büro des Oberbürgermeisters bei Stadt Wendelbach"
mc.L["en"]["rheadline"] = "Chief of Staff to the Mayor at City of Wendelbach"
mc.L["de"]["skills"] = ["Kommunalpolitik", "Öffentliche Verwaltung", "Bürgerbeteiligung", "Öffentlichkeitsarbeit", "Projektmanagement", "Stadtentwicklung"]
mc.L["en"]["skills"] = ["Local Government", "Public Administration", "Stakeholder Management", "Public Policy", "Citizen Engagement", "Project Management"]
mc.L["it"]["skills"] = ["Pubblica amministrazione", "Politiche pubbliche", "Gestione di progetti", "Relazioni istituzionali", "Comunicazione pubblica"]
mc.CITY["de"] = ["München", "Regensburg", "Landshut", "Ingolstadt", "Rosenheim", "Augsburg"]
mc.CITY["en"] = ["London", "Dublin", "Brussels", "Vienna", "Manchester", "Amsterdam"]
mc.CITY["it"] = ["Verona", "Vicenza", "Trento", "Padova", "Bolzano", "Treviso"]
mc.JOBS[:] = [("Büroleitung Oberbürgermeister (m/w/d)", "Stadt Traunfeld"), ("Leitung Hauptamt (m/w/d)", "Große Kreisstadt Kirchberg a. d. Vils"),
              ("Referent/in Kommunale Angelegenheiten", "Regierung von Oberbayern"), ("Head of Mayor's Office", "City of Lindhaven"),
              ("Geschäftsleitung (m/w/d)", "Markt Hohenried")]
mc.COMPANIES["good"] = ["Stadt Altenried", "Landratsamt Isartal", "Stadt Mooskirchen", "Bayerischer Städtebund", "Hochschule für den öffentlichen Dienst",
                        "Stadtwerke Wendelbach", "Regierung von Oberbayern"]
mc.COMPANIES["sales"] = ["UrbanSense IoT", "CityTwin 3D", "RatsInfo Cloud", "ParkLogic", "CivicPulse", "Kommunal-PR Süd", "FestZelt Komplett",
                         "SafeCity Analytics"]
mc.HEADLINES["good"] = ["Büroleiterin des Bürgermeisters bei {co}", "Hauptamtsleiter | {co}", "Referent für Bürgerbeteiligung | {co}",
                        "Pressesprecherin bei {co}", "Digitallotse | {co}", "Geschäftsleiter bei {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Kommunen | {co}", "Sales Director DACH at {co}", "Founder & CEO | {co}",
                         "Helping cities go digital | {co}", "Business Development Public Sector | {co}"]
SPOOF_NOTES = {
    "de": ["Sehr geehrter Herr Morgan, der Förderbescheid für Ihr Projekt liegt zur Gegenzeichnung bereit. Bitte melden Sie sich an, um ihn abzurufen.",
           "Hallo {first}, ich habe Ihnen die Stellungnahme zum Bebauungsplan über LinkedIn freigegeben. Zum Öffnen bitte anmelden.",
           "Guten Tag, anbei die offene Rechnung für den Standplatz beim Volksfest. Zahlung bitte innerhalb von 3 Tagen über den Link."],
    "en": ["Hi {first}, the council meeting documents were shared with you securely. Log in within 24 hours to view them.",
           "Dear {first}, your speaker invoice for the summit is overdue. Please settle it via the payment portal below.",
           "Hello, I sent you the signed twinning agreement through LinkedIn Secure Share, please sign in to download."],
    "it": ["Gentile {first}, le ho condiviso il protocollo del gemellaggio firmato. Acceda per scaricarlo.",
           "Buongiorno, in allegato la fattura per le casette del mercatino. Confermi il pagamento tramite il link sicuro."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["de"] = ["Sehr geehrte Damen und Herren, bitte bestätigen Sie die Änderung Ihrer Bankverbindung für die Gewerbesteuer über den sicheren Link.",
                        "Hallo, Ihr Postfach im Rathaus hat das Speicherlimit erreicht. Melden Sie sich an, um weiterhin Nachrichten zu empfangen."]
mc.PHISH_NOTES["en"] = ["Hello, please review the attached tender clarification and confirm receipt via the secure portal.",
                        "Dear Sir/Madam, a complaint about your municipality has been filed. Download the case file here."]
mc.PHISH_NOTES["it"] = ["Buongiorno, controlli il documento allegato sul gemellaggio e confermi tramite il link sicuro.",
                        "Gentile dottore, il pagamento della quota di adesione alla rete dei comuni è in sospeso. Acceda qui per regolarizzarlo."]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Förderbescheid", "Dokument für Sie", "Rechnung Standplatz", "Dringend: Stadtratssitzung"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Shared document", "Invoice overdue", "Council papers", "Action required"]
retitle_other({
    "de": {"job": ("{n} neue Jobs für „Büroleitung Oberbürgermeister“", "Ihr Jobalarm für Büroleitung Oberbürgermeister in {city}"),
           "news": "Wie viel KI verträgt das Rathaus?",
           "group": "Top-Unterhaltungen in Kommunalverwaltung Bayern",
           "newsletter": "Rathaus digital: Was das Bayerische Digitalgesetz für Mittelstädte heißt"},
    "en": {"job": ("{n} new jobs for \"chief of staff local government\"", "Your job alert for chief of staff local government in {city}"),
           "news": "Are Europe's mid-sized cities running out of staff?",
           "group": "Top conversations in Local Government Professionals Europe",
           "newsletter": "City Hall Notes: what mayors' offices learned from the heat summer"},
})

PEOPLE: list[tuple] = []
ERAS: dict[str, str] = {}
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, era: str = "cur") -> None:
    """One person's story; `era` is the layout and the years it happens in ("cur" 2024-2025 or "2016")."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "de", "Katrin Oberhauser", "Leiterin Büro des Oberbürgermeisters | Stadt Altenried", "Altenried",
  ("inv", "Servus Herr Morgan, ich leite das OB-Büro in Altenried. Wir haben die Bürgersprechstunde auf Online-Terminbuchung umgestellt "
          "und dabei viel Lehrgeld gezahlt. Falls Sie Ähnliches vorhaben: Ich schick Ihnen gern unsere Checkliste und die Zahlen vom ersten Quartal."),
  ("rem",))
P("good_invitation", "de", "Derya Aksoy", "Vorsitzende | Deutsch-Türkischer Kulturverein Wendelbach e.V.", "Wendelbach",
  ("inv", "Guten Tag Herr Morgan, im Ramadan laden wir wieder zum offenen Iftar-Empfang in den Pfarrsaal St. Michael ein. Nachbarn, Vereine, "
          "Kirchengemeinden, alle sind willkommen, Eintritt frei. Wir würden uns sehr freuen, Sie dort zu begrüßen. Selamlar, Derya Aksoy"))
P("good_invitation", "en", "Siobhan Carey", "Policy Officer, Citizen Participation | European Network of Mid-Sized Cities", "Brussels",
  ("inv", "Hi Alex, we're running a free online peer-learning session for mayors' offices on participatory budgeting (2 hrs, 12 cities so far). "
          "Wendelbach's Bürgerhaushalt keeps coming up as an example - would you join us and maybe say a few words about it?"))
P("good_invitation", "de", "Federica Zanon", "Responsabile Segreteria del Sindaco | Comune di Borgo Valdera", "Borgo Valdera (VI)",
  ("inv", "Gentile dott. Morgan, sono la nuova responsabile della segreteria del sindaco di Borgo Valdera. Per i 25 anni del gemellaggio "
          "vorremmo costruire con voi il programma della visita di ottobre: le mando volentieri la bozza del nostro comitato."),
  ("rem",), nl="it")
P("good_invitation", "de", "Florian Stadler", "Redakteur Lokales | Wendelbacher Anzeiger", "Wendelbach",
  ("inv", "Grüß Gott Herr Morgan, ich bin seit Januar beim Anzeiger fürs Rathaus zuständig. Bevor ich den ersten Text zum Haushalt schreibe, "
          "würde ich gern einmal mit Ihnen reden, damit ich die Zahlen richtig einordne. Kaffee am Marktplatz? Ich lade ein."))
P("good_invitation", "de", "Lena Wimmer", "Masterstudentin Public Management | HföD Hof", "Hof",
  ("inv", "Hallo Herr Morgan, in meiner Masterarbeit vergleiche ich Bürgerbeteiligung in fünf bayerischen Mittelstädten und würde Wendelbach "
          "gern aufnehmen. Sie bekommen die komplette Auswertung, auch die Daten der anderen Städte. Hätten Sie Zeit für ein Interview?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Sepp Reindl", "Geschäftsführer | Reindl Bau GmbH", "Wendelbach", ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "de", "Matteo Crivelli", "Area Manager DACH | Luci Urbane S.r.l.", "Verona", ("inv", DEFAULT), nl="it")
P("default_invitation", "de", "Emre Kaya", "Kfz-Meister | Stadtratskandidat Wendelbach Miteinander", "Wendelbach", ("inv", NONOTE))
P("default_invitation", "en", "Jason Whitford", "Smart City Evangelist | Keynote Speaker | Author", "Manchester", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Dominik Reisacher", "Key Account Manager Kommunen | UrbanSense IoT GmbH", "München",
  ("inv", "Grüß Gott Herr Morgan, immer mehr bayerische Kommunen messen Parkdruck und Füllstände der Glascontainer per Sensor, gefördert mit "
          "bis zu 80 %. In 20 Minuten zeige ich Ihnen gern, was Neumarkt damit im ersten Jahr gespart hat. Passt es nächste Woche?"))
P("sales_invitation", "de", "Sabine Gruber-Lechner", "Fördermittelberatung für Kommunen | Gruber & Partner", "Rosenheim",
  ("inv", "Sehr geehrter Herr Morgan, Städte Ihrer Größe lassen im Schnitt über eine Million Euro Fördermittel im Jahr liegen. Wir übernehmen "
          "Recherche und Antrag, bezahlt wird nur bei Bewilligung. Darf ich Ihnen unser Leistungspaket telefonisch vorstellen?"))
P("sales_invitation", "en", "Oliver Banks", "Partnerships Director | Smart Cities Summit Europe", "London",
  ("inv", "Alex - we're lining up speakers for Smart Cities Summit Europe in Barcelona this November. Speaker packages start at EUR 4,900 "
          "(keynote slot, delegate list, 2 passes). Would your mayor be up for it? Happy to send the deck over."))
P("sales_invitation", "de", "Serkan Yıldırım", "Inhaber | Yıldırım Events & Catering", "Augsburg",
  ("inv", "Hallo Herr Morgan, für Bürgerfest, Neujahrsempfang oder Stadtjubiläum liefern wir alles aus einer Hand: Zelt, Bühne, Technik, "
          "Catering (auch halal), Security. Kommunen bekommen 10 % Rabatt. Darf ich Ihnen ein unverbindliches Angebot schicken?"),
  ("rem",))
P("sales_invitation", "de", "Giorgio Pavan", "Business Development | CivicaSoft Italia", "Vicenza",
  ("inv", "Buongiorno, la nostra app per le segnalazioni dei cittadini (buche, lampioni, rifiuti) è già usata da 140 comuni tra Italia e Austria. "
          "Le farei volentieri una demo di 20 minuti, anche in tedesco. Quando le andrebbe bene?"), nl="it")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Markus Freundl", "Gründer | Austauschkreis Digitale Rathäuser Bayern", "Regensburg",
  ("inv", "Servus Herr Morgan, ich bring Büroleiter und Digitalverantwortliche aus bayerischen Rathäusern in einem kleinen Kreis zusammen: "
          "einmal im Quartal, ohne Vorträge, einfach Erfahrungen austauschen. Hätten Sie Lust mitzumachen?"),
  ("msg", "Danke fürs Vernetzen! Zur Einordnung: Der Kreis läuft über unsere Beratung. Für die Einführung der E-Akte bieten wir Kommunen ein Paket "
          "aus Prozessaufnahme, Ausschreibung und Schulung an, Tagessatz 1.350 €. Wann wäre ein Erstgespräch möglich?", (3, 12)),
  ("msg", "Herr Morgan, ich hab Ihnen das Angebot als PDF in den Chat gelegt. Der Einführungsrabatt gilt noch bis Monatsende – soll ich direkt "
          "einen Termin mit Ihrer IT-Leitung ausmachen?", (8, 20)), era="2016")
P("bait_and_switch_invitation", "en", "Rachel Donovan", "Community Lead | Future Mayors' Offices Circle", "Dublin",
  ("inv", "Hi Alex, I run a small peer circle for mayors' chiefs of staff across Europe - a monthly call, no slides, just swapping what actually "
          "works. A colleague in Graz suggested you. Fancy joining us?"),
  ("msg", "Lovely to have you on board! Quick heads-up: the circle is hosted by CivicPulse, our citizen-sentiment dashboard, and most members run it "
          "alongside their comms team. Could I get you a 30-minute walkthrough and a pilot quote for Wendelbach?"))
P("bait_and_switch_invitation", "de", "Volkan Demir", "Berater Integration & Vielfalt | Demir Consulting", "Nürnberg",
  ("inv", "Guten Tag Herr Morgan, ich sammle Beispiele, wie Mittelstädte Neuzugewanderte gut einbinden, und gebe sie als kostenlosen Leitfaden "
          "an Kommunen weiter. Darf ich Ihnen die aktuelle Fassung schicken? Vielleicht ist auch etwas aus Wendelbach dabei."),
  ("msg", "Vielen Dank! Der Leitfaden ist nur der Einstieg – die Umsetzung begleiten wir mit einem Vielfalts-Audit für Stadtverwaltungen, "
          "ab 14.800 € netto inklusive Workshop mit der Amtsleiterrunde. Ich würde es Ihnen gern im Rathaus vorstellen. Ginge der 12.?", (5, 18)))
P("bait_and_switch_invitation", "de", "Chiara Dal Bosco", "Project Manager | Europa Gemellaggi Consulting", "Trento",
  ("inv", "Buongiorno, coordino un gruppo informale di comuni italiani e bavaresi che si scambiano idee su gemellaggi e progetti europei. "
          "Ci vediamo online una volta al mese. Sarebbe un piacere averla con noi, senza alcun impegno."),
  ("msg", "Grazie del collegamento! Le scrivo perché per i progetti CERV ed Erasmus+ legati ai gemellaggi curiamo noi tutta la candidatura: "
          "6.500 € più una success fee del 5 %. Le andrebbe una call questa settimana?"),
  ("msg", "Dott. Morgan, la scadenza CERV è il 24: se vuole, blocchiamo oggi il posto con un acconto del 30 %.", (4, 9)), nl="it")
P("bait_and_switch_invitation", "de", "Claudia Ertl", "Fachjournalistin Kommunalpolitik | Herausgeberin Rathaus-Praxis", "Landshut",
  ("inv", "Hallo Herr Morgan, ich schreibe an einem Beitrag über Bürgersprechstunden auf dem Wochenmarkt, wie Ihr OB sie eingeführt hat. "
          "Darf ich Ihnen dazu zwei, drei kurze Fragen stellen?"),
  ("msg", "Danke für die Annahme! Mir ist aufgefallen, dass Wendelbach noch nicht in unserem Kommunalverzeichnis steht. Ein Premium-Eintrag "
          "mit OB-Porträt kostet 1.890 € im Jahr, ein gesponserter Artikel ist inklusive. Soll ich Ihnen das Angebot schicken?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Dr. Bernhard Aigner", "Projektleiter | Institut für Kommunalforschung Süd", "München",
  ("inm", "Studie: Digitalisierung in bayerischen Mittelstädten",
   "Sehr geehrter Herr Morgan,\n\nunser Institut erhebt derzeit den Stand der Verwaltungsdigitalisierung in bayerischen Städten zwischen "
   "30.000 und 100.000 Einwohnern. Teilnehmende Kommunen erhalten die Ergebnisse kostenfrei. Wären Sie zu einem 20-minütigen "
   "Telefoninterview bereit?\n\nMit freundlichen Grüßen\nBernhard Aigner"),
  ("inm", "Ihre Auswertung",
   "Sehr geehrter Herr Morgan,\n\nherzlichen Dank für das Gespräch. Die Kurzfassung geht Ihnen im Frühjahr zu. Die vollständige "
   "Benchmark-Auswertung für Wendelbach mit Maßnahmenplan bieten wir zum Preis von 7.900 € zzgl. MwSt. an; auf Wunsch begleiten wir "
   "auch die Umsetzung. Darf ich Ihnen ein Angebot zusenden?\n\nMit freundlichen Grüßen\nBernhard Aigner", (6, 20)))
P("bait_and_switch_inmail", "en", "Nathan Cole", "Founder | Minutely | ex-Bristol City Council", "Berlin",
  ("inm", "Quick question from an ex-council staffer",
   "Hi Alex, I spent six years in the Lord Mayor's office in Bristol before moving to Berlin. Genuine question: how did you get your "
   "councillors to accept digital-only committee papers? We fought that battle for two years and lost."),
  ("inm", "Re: digital committee papers",
   "Thanks, that was genuinely useful. Full disclosure: I now run Minutely, AI minute-taking for councils - EUR 390 a month per committee, "
   "GDPR-compliant and hosted in Frankfurt. Could I get 20 minutes with you and whoever runs your council office?"))
P("bait_and_switch_inmail", "de", "Aylin Şahin", "Coach für Führung im öffentlichen Dienst | Netzwerk Frauen in die Kommunalpolitik", "München",
  ("inm", "Mentoring-Abend für Kommunalpolitikerinnen",
   "Hallo Herr Morgan, im Mai veranstalten wir einen kostenlosen Mentoring-Abend für junge Frauen, die über eine Kandidatur für den "
   "Stadtrat nachdenken. Hätten Sie Lust, 15 Minuten ehrlich aus dem Rathausalltag zu erzählen? Das wäre für die Teilnehmerinnen Gold wert."),
  ("inm", "Nach unserem Telefonat",
   "Nochmals danke fürs Telefonat, Herr Morgan! Eine Sache noch: Viele Verwaltungen buchen bei mir Führungskräfte-Coaching für neue "
   "Amtsleitungen, 5 Sitzungen für 2.450 €. Wollen wir besprechen, ob das für Wendelbach passt?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Hans-Peter Mosandl", "Stadtrat | Schreinermeister | Feuerwehrkommandant a.D.", "Wendelbach",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} bestätigt, des hast dir ja wirklich verdient. Tätst mir im Gegenzug auch a paar Kenntnisse "
          "bestätigen? Kommunalpolitik und Ehrenamt wärn super, i lass mi nämlich für den Bezirkstag aufstellen. Vergelt's Gott!"))
P("endorse_me_back", "de", "Priya Raman", "Smart City Consultant | Speaker", "Amsterdam",
  ("end",),
  ("msg", "Hi Alex! Endorsed you for {skill} :) Would you mind endorsing me back for Urban Innovation and Stakeholder Engagement? "
          "I'm polishing my profile before a big EU tender. Thanks a million!"), nl="en")
P("endorse_me_back", "de", "Cem Arslan", "Jugendreferent | Stadtjugendring Wendelbach", "Wendelbach",
  ("end",), ("end",),
  ("msg", "Hey Alex, hab dir {skill} bestätigt 👍 Könntest du mir im Gegenzug Jugendarbeit und Projektleitung bestätigen? Ich bewerb mich "
          "grad beim Bezirksjugendring und die schauen echt auf sowas. Danke dir!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Alois Brandhuber", "Landwirt | Gemeinderat a.D.", "Wendelbach-Oberdorf",
  ("inv", "Grüß Gott Herr Morgan, i hätt a Anliegen wegen der geplanten Umgehungsstraß, de geht mitten über mein Grund. "
          "Rufen S' mi bitte o oder schreiben S' zruck."),
  ("rem",),
  ("inm", "A Schand",
   "Drei Wochen is jetzt rum und nix kimmt. So schaut's aus mit der Bürgernäh im Rathaus. Ihr hockt's drin in eurem Büro und lasst's "
   "die Leut draußen im Regen steh. Bei der nächsten Wahl wiss ma scho, wo ma unser Kreuzerl macha. Pfui Deife."))
P("hostility_after_decline", "de", "Dr. Wolfram Seidl", "Rechtsanwalt i.R.", "Wendelbach",
  ("inv", "Sehr geehrter Herr Morgan, als Anwohner der Ludwigstraße bitte ich um Kontaktaufnahme wegen des Lärmschutzes am Volksfestplatz. "
          "Mit freundlichen Grüßen, Dr. W. Seidl"),
  ("inm", "Ihre ausbleibende Reaktion",
   "Sehr geehrter Herr Morgan,\n\nich stelle fest, dass Sie es nicht für nötig erachten, auf die höfliche Anfrage eines Bürgers zu reagieren. "
   "Für jemanden, dessen Gehalt aus meinen Steuern bezahlt wird, ein bemerkenswertes Verständnis von Dienst am Bürger. Ich werde den "
   "Oberbürgermeister und die Lokalpresse über Ihr Verhalten in Kenntnis setzen.\n\nHochachtungsvoll\nDr. Wolfram Seidl"))
P("hostility_after_decline", "en", "Brandon Miles", "VP Sales EMEA | ParkLogic", "London",
  ("inv", "Alex, towns your size lose up to 30% of parking revenue to non-payment. Give me 15 minutes and I'll show you how ParkLogic closes that gap."),
  ("inm", "Seriously?",
   "Twice I've reached out and not even the courtesy of a reply. Funny how public servants moan about tight budgets and then blank "
   "the people trying to help. Your taxpayers deserve better than this."), era="2016")
P("hostility_after_decline", "de", "Tarık Özdemir", "Verwaltungsfachwirt | offen für neue Aufgaben", "Ingolstadt",
  ("inv", "Guten Tag Herr Morgan, ich habe mich auf die Referentenstelle in Ihrem Büro beworben und würde gern in Kontakt bleiben, egal wie es ausgeht."),
  ("rem",),
  ("inm", "Danke für nichts",
   "Erst eine Standardabsage ohne Begründung, jetzt nicht mal die Kontaktanfrage angenommen. Respekt. So viel zu eurem Slogan von der "
   "weltoffenen Stadt. Bei Leuten wie Ihnen wundert mich an der deutschen Verwaltung gar nichts mehr."))
P("hostility_after_decline", "de", "Massimo Furlan", "Titolare | Furlan Luna Park – Ruota panoramica", "Treviso",
  ("inv", "Buongiorno, sono Massimo, da vent'anni porto la mia ruota panoramica alle feste della Baviera. Vorrei parlarle di un posto "
          "al Volksfest di Wendelbach per l'anno prossimo."),
  ("inm", "Complimenti",
   "Tre messaggi e neanche una riga di risposta. Al vostro Volksfest ci vanno sempre gli stessi amici degli amici, e chi chiede con "
   "educazione viene ignorato. Bella trasparenza, complimenti davvero. Ne parlerò con l'associazione degli esercenti e con chi di dovere."),
  nl="it")


# =============================================================== hostility_connection
P("hostility_connection", "de", "Ralf Kerschensteiner", "Geschäftsführer | Kommunal-PR Süd", "München",
  ("msg", "Hallo Herr Morgan, man sieht's an den Kommentaren zum neuen Parkhaus: Der OB hat online ein Imageproblem. Wir betreuen die "
          "Social-Media-Kanäle mehrerer Rathäuser, ab 2.900 € im Monat inklusive Krisenkommunikation. Kurzer Termin diese Woche?"),
  ("msg", "Schon klar, dass Sie sich nicht melden. Aber wenn beim nächsten Bürgerentscheid der Shitstorm losgeht, brauchen Sie mich gar "
          "nicht erst anrufen. Dieses arrogante Rathaus-Gehabe ist genau das, was die Leute so satt haben."))
P("hostility_connection", "de", "Greg Thornbury", "Director, Municipal Solutions | BrightGrid Lighting", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting after the expo in Munich, Alex. As we discussed, our LED retrofit with smart dimming would cut Wendelbach's "
          "street-lighting bill by roughly 60%. Shall I put a proposal together for your public works department?"),
  ("msg", "Alex, you invited me, I spent a full day on that proposal, and you can't even manage a 'no thanks'? That's poor form. "
          "I'll make sure my colleagues know how Wendelbach treats suppliers."), nl="en")
P("hostility_connection", "de", "Stefano Zuliani", "Titolare | Zuliani Allestimenti Natalizi", "Bolzano",
  ("msg", "Buongiorno dottore, per il mercatino di Natale noleggiamo casette in legno, illuminazione e palco: pacchetto completo chiavi in "
          "mano per il Comune. Le mando il catalogo?"),
  ("msg", "Le ricordo la nostra offerta per le casette: il prezzo bloccato vale fino a venerdì."),
  ("msg", "Ho capito, non le interessa. Ma almeno rispondere per educazione! Da noi un funzionario così non durerebbe una settimana. "
          "Arrivederci e auguri."), nl="it")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Jörg Weinzierl", "Vertrieb Kommunen | CityTwin 3D-Stadtmodelle", "Regensburg",
  ("msg", "Servus Herr Morgan, wir machen aus Luftbildern und Laserscans ein 3D-Stadtmodell von Wendelbach, ideal für die Bürgerbeteiligung "
          "beim Bahnhofsareal. Darf ich Ihnen das mal am Bildschirm zeigen?"),
  ("msg", "Kurze Nachfrage zu unserem 3D-Modell: Für Juni hätten wir noch Kapazität für ein Pilotprojekt zum Festpreis. Wer wäre bei Ihnen "
          "der richtige Ansprechpartner, Bauamt oder IT?"), era="2016")
P("connection_only_pitches", "en", "Sophie Hartley", "Account Director | CivicVoice Polling", "London",
  ("msg", "Hi Alex, with the local elections two years out, lots of mayors are running regular resident sentiment polls. CivicVoice does "
          "monthly panels of 800 residents for EUR 2,400 a wave. Worth a quick chat?"),
  ("msg", "Hi again - we've just published a free sample report from a Bavarian town of similar size. Happy to walk you through it and "
          "talk pricing for Wendelbach."),
  ("msg", "Last nudge from me: we have one panel slot left in Q3 at this year's rate. Shall I hold it for you?"))
P("connection_only_pitches", "de", "Kemal Aydın", "Versicherungsmakler für Beamte und öffentlichen Dienst", "Augsburg",
  ("msg", "Hallo Herr Morgan, als Beamter ist man bei Dienstunfähigkeit oft schlechter abgesichert als gedacht. Ich bin auf den "
          "öffentlichen Dienst spezialisiert und mache Ihnen gern einen kostenlosen Versorgungscheck. Wann passt es Ihnen?"),
  ("msg", "Guten Tag Herr Morgan, kurzer Hinweis: Zum Jahreswechsel ändern sich die Beihilfetarife der privaten Krankenversicherung. "
          "Ich würde Ihre Absicherung gern vorher mit Ihnen durchgehen, 30 Minuten reichen. İyi çalışmalar!"))
P("connection_only_pitches", "de", "Verena Kastl", "Eventagentur | Stadtfeste & Märkte | Kastl Events", "Rosenheim",
  ("msg", "Hallo Herr Morgan, für Ihren Christkindlmarkt hätten wir ein neues Konzept mit Eisstockbahn und Lichtinszenierung, "
          "schlüsselfertig inklusive Standbetreuung. Soll ich Ihnen das Exposé schicken?"),
  ("msg", "Servus nochmal! Unser Angebot für den Christkindlmarkt steht: 48.000 € pauschal, Reservierung bis 30.6. Darf ich einen Termin "
          "mit Ihrem Kulturamt ausmachen?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Andreas Pichlmaier", "Geschäftsführer | Pichlmaier Stadtmöblierung", "Landshut",
  ("msg", "Grüß Gott Herr Morgan, bei der Neugestaltung des Marktplatzes wäre unsere Stadtmöblierungslinie „Isar“ vielleicht interessant: "
          "Bänke, Fahrradbügel und Abfallbehälter aus heimischer Lärche. Darf ich Ihnen Muster und Preisliste vorbeibringen?"), era="2016")
P("single_pitch", "en", "Laura Jennings", "Partner, Public Sector | Harbourside Consulting", "London",
  ("msg", "Hi Alex, congratulations on the new council term. We've helped several German municipalities run organisational reviews of the "
          "mayor's office - typically 8 weeks, fixed fee. Would it be worth a conversation about what that might look like for Wendelbach?"))
P("single_pitch", "de", "Paolo Benetti", "Export Manager | Arredo Urbano Veneto", "Padova",
  ("msg", "Ciao Alex, ho visto le foto del nuovo parco lungo il fiume, complimenti! Produciamo arredo urbano in pietra e acciaio corten, "
          "molto usato in Alto Adige e Trentino. Posso inviarle il catalogo e un preventivo indicativo?"), nl="it")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Michaela Straßer", "Büroleiterin der Oberbürgermeisterin | Stadt Mooskirchen", "Mooskirchen",
  ("msg", "Hallo Herr Morgan, Sie hatten beim Treffen in Landshut nach unserer Dienstanweisung für die Social-Media-Kanäle der Stadt gefragt. "
          "Ich hab sie Ihnen als Word-Datei in den Chat gelegt, gern übernehmen und anpassen. Die Freigabeschleife auf Seite 3 hat uns viel Ärger erspart."),
  ("msg", "Noch was: Die Checkliste für die Bürgerversammlung hängt jetzt auch dran. Bei Fragen einfach durchklingeln."), era="2016")
P("connection_brings_value", "de", "Thomas Gschwendtner", "Mitglied des Bayerischen Landtags | Stimmkreis Wendelbach", "Wendelbach",
  ("end",),
  ("msg", "Servus Alex, nur als Hinweis aus dem Landtag: Das Förderprogramm für barrierefreie Bushaltestellen wird im Herbst neu aufgelegt, "
          "die Frist ist diesmal schon der 31. Oktober. Sag's eurem Tiefbauamt, nicht dass ihr wieder knapp dran seid. Die Richtlinie "
          "schick ich dir, sobald sie raus ist."))
P("connection_brings_value", "de", "Dr. Eilidh MacLeod", "Research Fellow, Urban Governance | University of Glasgow", "Glasgow",
  ("msg", "Hi Alex, our comparative report on mayoral offices in twelve European mid-sized cities is out today, open access. Wendelbach's "
          "case study is on pages 41-46, thanks again for the interview. We're also doing a free webinar on the findings on 3 June if your "
          "team would like to join."), nl="en")
P("connection_brings_value", "de", "Selin Korkmaz", "Integrationsbeauftragte | Stadt Kaufring", "Kaufring",
  ("msg", "Hallo Herr Morgan, wie beim Integrationsnetzwerk besprochen: Anbei unsere Liste ehrenamtlicher Sprachmittler (Türkisch, Arabisch, "
          "Ukrainisch, Dari) samt Einsatzregeln und Datenschutzvorlage. Übernehmen Sie das gern für Wendelbach. Wenn Sie mögen, stelle ich "
          "auch den Kontakt zu unserer Koordinatorin her."))
P("connection_brings_value", "de", "Giovanni Trevisan", "Assessore alla Cultura e ai Gemellaggi | Comune di Borgo Valdera", "Borgo Valdera (VI)",
  ("msg", "Caro Alex, ti mando la bozza del programma per la Festa dell'Uva di settembre: la delegazione di Wendelbach è ospite del Comune "
          "per tre notti, vitto e alloggio a carico nostro. Fammi sapere quante persone verranno e se il sindaco vuole dire due parole in piazza. "
          "Un abbraccio, Giovanni"), nl="it")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Dr. Karin Haslbeck", "Partnerin Public Sector | Haslbeck Executive Search", "München",
  ("inm", "Leitung Stabsstelle beim Oberbürgermeister – vertraulich",
   "Sehr geehrter Herr Morgan,\n\nim Auftrag einer oberbayerischen Großen Kreisstadt suche ich eine Leitung für die neu geschaffene "
   "Stabsstelle Strategie und Bürgerdialog, direkt beim Oberbürgermeister angesiedelt, Besoldung A 15 bzw. EG 15. Ihr Werdegang passt "
   "sehr gut zum Profil. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nBeste Grüße\nKarin Haslbeck"), era="2016")
P("stranger_inmail_recruiter", "de", "Michael Rötzer", "Personalreferat | Bayerisches Staatsministerium des Innern", "München",
  ("inm", "Referent/in Kommunale Angelegenheiten",
   "Guten Tag Herr Morgan, im Staatsministerium besetzen wir zum 1. April eine Referentenstelle im Sachgebiet Kommunale Angelegenheiten. "
   "Gesucht wird jemand mit Praxis aus einem Rathaus, Ihr Profil ist uns bei der Recherche aufgefallen. Die Ausschreibung hänge ich an; "
   "für Rückfragen stehe ich gern zur Verfügung."))
P("stranger_inmail_recruiter", "en", "Charlotte Webb", "Head of People | European Network of Mid-Sized Cities", "Brussels",
  ("inm", "Policy Advisor role - Brussels secretariat",
   "Dear Alex, I'm hiring a Policy Advisor for our secretariat in Brussels. The brief is peer learning between mayors' offices, so "
   "someone who has actually run one would be ideal. Hybrid, two-year contract, salary band on request. Would you be open to a short "
   "call, or could you pass it on to someone suitable?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Philipp Maierhofer", "Vertrieb Bayern | RatsInfo Cloud", "Nürnberg",
  ("inm", "Sitzungsdienst ohne Papier",
   "Hallo Herr Morgan, viele Städte quälen sich noch mit Sitzungsvorlagen auf Papier und als PDF im Mailanhang. RatsInfo Cloud bringt "
   "Einladungen, Vorlagen und Abstimmungen auf die Tablets Ihrer Stadträte, DSGVO-konform aus Nürnberg. Haben Sie nächste Woche 20 Minuten "
   "für eine Online-Vorführung?"))
P("stranger_inmail_sales", "de", "Ethan Brooks", "Enterprise Account Executive | SafeCity Analytics", "London",
  ("inm", "Safer town squares",
   "Hi Alex, SafeCity Analytics helps municipalities spot crowding and incidents at public events with anonymised video analytics, used "
   "at two Oktoberfest-style festivals last year. Could I show you a 15-minute demo before your Volksfest season?"),
  ("inm", "Following up",
   "Hi Alex, circling back on SafeCity. We're offering three Bavarian towns a discounted pilot for this summer's events. Want me to "
   "reserve one for Wendelbach?"), nl="en")
P("stranger_inmail_sales", "de", "Roberta Lazzari", "Direttrice Commerciale | Viaggi Dolomiti Tour Operator", "Trento",
  ("inm", "Turisti italiani a Wendelbach",
   "Gentile dott. Morgan, la nostra agenzia porta gruppi di turisti italiani ai mercatini di Natale bavaresi. Per inserire Wendelbach nel "
   "catalogo del prossimo anno proponiamo un pacchetto di visibilità da 3.200 € (fiere, social, brochure). Posso chiamarla per i dettagli?"),
  nl="it")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Stefanie Hirschberger", "Geschäftsführerin | Bayerische Akademie für Bürgerbeteiligung", "Regensburg",
  ("inv", "Hallo Herr Morgan, im Herbst gibt's bei uns einen kostenlosen Praxistag „Bürgerräte in der Kommune“ für Verwaltungsleute, mit "
          "Teilnahmebescheinigung. Ich würde Sie gern einladen, Ihre Erfahrungen aus Wendelbach wären für die Runde spannend."),
  ("msg", "Wie versprochen, die Folien und unsere Moderationsleitfäden vom Praxistag. Sie dürfen alles intern weitergeben und anpassen."),
  ("msg", "Herr Morgan, eine Idee nach dem Praxistag: Wir könnten den Bürgerrat zum Bahnhofsareal komplett für Sie übernehmen, mit "
          "Losverfahren, Moderation und Dokumentation, pauschal 38.000 € netto. Wann hätte der OB Zeit für ein Gespräch?", (10, 25)))
P("good_turns_ugly", "en", "Daniel Okonkwo", "Postdoctoral Researcher, Smart Mobility | TU München", "München",
  ("inv", "Hi Alex, I'm finishing a study on e-scooter parking in nine Bavarian towns and Wendelbach's Stadtwerke data is in it. Happy to "
          "send you the town-level results before publication, no strings."),
  ("msg", "As promised - the Wendelbach results and a short methods note. The hotspots around the station are pretty striking; feel free "
          "to use the maps internally."),
  ("end",),
  ("msg", "Hope the maps were useful! I endorsed you for {skill} - would you mind endorsing me for Transport Planning and Data Analysis? "
          "Postdoc applications are brutal this year and every bit helps."))
P("good_turns_ugly", "de", "Elena Bortolin", "Europrogettista | Interreg & mobilità sostenibile", "Padova",
  ("inv", "Buongiorno Alex, prepariamo un progetto Interreg sulla mobilità dolce tra città gemellate e cerchiamo un partner bavarese. "
          "Nessun costo per il Comune, serve solo una lettera d'intenti. Le va di parlarne?"),
  ("msg", "Eccole la concept note e la lista dei partner già confermati, così può valutarla con calma insieme al sindaco."),
  ("msg", "Alex, ultima cosa prima della candidatura: la nostra società cura la scrittura del progetto e chiede a ogni partner un contributo "
          "di 9.000 € per la progettazione. Le mando la proposta di incarico da firmare?", (7, 21)), nl="it")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Bernd Luginger", "Geschäftsführer | Luginger Parkraummanagement GmbH", "Ingolstadt",
  ("inm", "Parkraumbewirtschaftung",
   "Guten Tag Herr Morgan, wir übernehmen für Kommunen die komplette Parkraumbewirtschaftung mit Automaten, Kontrolle und Inkasso, "
   "auf Provisionsbasis. Darf ich Ihnen unser Modell in einem Termin vorstellen?"),
  ("inv", "Servus Herr Morgan, wir sind uns beim Städtetag in Ingolstadt kurz über den Weg gelaufen. Würde mich freuen, wenn wir in Verbindung bleiben."),
  era="2016")
P("reinvite_known_bad", "en", "Mark Hollis", "Director, GovTech Partnerships | Northway Digital", "Manchester",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, really enjoyed your panel at the Bavarian digital government summit - the bit about open data and the Stadtwerke was "
          "spot on. Would be good to be connected."))
P("reinvite_known_bad", "de", "Burak Çelik", "Vertriebsleiter Kommunen | SonnenDach Contracting", "Augsburg",
  ("inv", "Hallo Herr Morgan, Ihre städtischen Dächer könnten Strom erzeugen, ohne dass die Stadt einen Euro investiert: Wir bauen und betreiben, "
          "Sie kaufen günstigen Solarstrom. Darf ich Ihnen eine Potenzialanalyse für Wendelbach erstellen?"),
  ("inv", "Guten Tag Herr Morgan, Ihre Beiträge zur kommunalen Wärmeplanung lese ich sehr gern. Ich würde mich freuen, wenn wir uns hier vernetzen."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Günther Obermaier", "Wirt | Biergarten am Weiher", "Wendelbach",
  ("inv", "Grüß Gott Herr Morgan, es geht um die Sperrzeitverlängerung für unseren Biergarten am Weiher. Könnten wir da mal reden?"),
  ("inm", "Eine Frechheit",
   "Von Ihnen kommt ja gar nix. Aber beim Fassanstich stehen S' vorn in der ersten Reih und lassen sich fotografieren. Ihr Rathausleut "
   "seid's doch alle gleich, große Sprüch und nix dahinter. Schämen sollten S' Eana."),
  ("inv", "Servus Herr Morgan, neues Jahr, neues Glück. Nix für ungut wegen damals, i war halt grantig."), era="2016")
P("reinvite_known_ugly", "en", "Victor Lang", "Founder | CoolSquare Urban Climate Solutions", "Vienna",
  ("inm", "Heat action plans - two questions",
   "Hello Alex, I'm putting together a free guide for European towns on heatwave emergencies: cooling rooms, alerts, volunteers. Could I "
   "ask you two questions about Wendelbach's Hitzeaktionsplan? I'll gladly send you the guide when it's done."),
  ("inm", "Your heat plan",
   "Thanks Alex, the guide is nearly ready. Meanwhile: my company installs misting and shade systems for public squares. Could I quote "
   "for the Marktplatz and the Stadtpark? Installation before summer is still possible."),
  ("inv", "Hi Alex, I'd like to add you to my network - good to keep in touch after our exchange."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Franziska Eberl", "Partnerin | Eberl & Co. Energierecht und Konzessionen", "München",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Nach unserem Gespräch beim Empfang: Wir beraten Kommunen bei der Neuvergabe von "
          "Konzessionsverträgen. Wenn bei Ihnen der Stromkonzessionsvertrag ausläuft, würde ich Ihnen gern unser Vorgehen vorstellen, "
          "vielleicht bei einem Termin im Januar?"), era="2016")
P("user_invited_pitch_once", "de", "James Whitmore", "Head of Public Sector DACH | CloudNine Software", "München",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Great meeting you at the Smart Country Convention. As promised, the short version: CloudNine's "
          "citizen portal goes live in 10 weeks and plugs into BayernID. Could we set up a proper demo with your IT lead?"), nl="en")
P("user_invited_pitch_once", "de", "Hakan Polat", "Gründer | Polat Mobility E-Scooter-Sharing", "Nürnberg",
  ("acc",),
  ("msg", "Merhaba Herr Morgan, danke für die Vernetzung! Wie auf dem Mobilitätsforum angesprochen: Wir würden gern 150 E-Roller in Wendelbach "
          "aufstellen und hätten die Stadt gern als Partner, die Abstellflächen zahlen wir. Wann dürften wir unser Angebot vorstellen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Maximilian Rauscher", "Senior Manager Public Sector | Rauscher Kommunalberatung", "München",
  ("acc",),
  ("msg", "Hallo Herr Morgan, vielen Dank fürs Vernetzen nach der Podiumsdiskussion. Wir haben in drei bayerischen Städten die Verwaltung "
          "organisatorisch untersucht und im Schnitt 12 % Einsparpotenzial gefunden. Hätten Sie Interesse an einem unverbindlichen Angebot "
          "für Wendelbach?"),
  ("msg", "Herr Morgan, ich greife das Thema Organisationsuntersuchung noch einmal auf: Wir könnten noch vor den Haushaltsberatungen ein "
          "Angebot vorlegen. Passt Ihnen ein Termin in KW 42?"), era="2016")
P("user_invited_pitch_twice", "de", "Luca Moretto", "Sales Manager | Porfido Trentino Pavimentazioni", "Trento",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Come ti dicevo alla fiera di Monaco, il nostro porfido trentino è perfetto per la nuova "
          "pavimentazione del Marktplatz. Ti mando qualche campione?"),
  ("msg", "Ciao Alex, ti giro il preventivo per 2.400 m² di porfido posato, con sconto del 7 % se firmiamo entro marzo. Quando possiamo sentirci?"),
  nl="it")
P("user_invited_pitch_twice", "en", "Hannah Price", "Founder | Festival Flow Ticketing", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Loved chatting about your Stadtfest. Festival Flow could take the whole ticketing and wristband side "
          "off your team's plate, cashless bars included. Shall I send a proposal?"),
  ("msg", "Hi Alex, following up with our proposal for the Stadtfest: 4% per transaction, no setup fee for first-year clients. Could we "
          "jump on a call next week to lock it in?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Susanne Mittermaier", "Leiterin Katastrophenschutz | Landratsamt Isartal", "Isartal",
  ("acc",),
  ("msg", "Danke für die Anfrage, Herr Morgan! Wie beim Hochwasser-Workshop versprochen, schicke ich Ihnen unsere Alarm- und "
          "Einsatzplanvorlage für Starkregen, samt Struktur der Kontaktliste für die Feuerwehren. Gern auf Wendelbach anpassen. Wenn Sie "
          "wollen, kommen Sie zu unserer nächsten Stabsübung als Beobachter."))
P("user_invited_value", "de", "Dr. Anna Kowalczyk", "Senior Researcher | Centre for Local Democracy Studies", "Vienna",
  ("acc",),
  ("msg", "Thank you for connecting, Alex. As mentioned at the conference, here is the link to our open toolkit on evaluating citizen "
          "assemblies, with the survey templates in German. We're also running a free two-day training for municipal staff in Vienna in "
          "October; two places are still open if anyone from your office wants them."), nl="en")
P("user_invited_value", "de", "Elif Yılmaz", "Digitallotsin | Landratsamt Isartal", "Isartal",
  ("acc",),
  ("msg", "Danke fürs Annehmen! Wie besprochen: Der Landkreis bietet im Frühjahr wieder kostenlose Schulungen zu barrierefreien PDFs und "
          "Leichter Sprache für die Gemeindeverwaltungen an. Zwei Plätze habe ich für Ihr Büro reserviert, Sie müssen nur noch die Namen "
          "schicken. İyi çalışmalar!"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Korbinian Wallner", "Erster Bürgermeister | Markt Hohenried", "Hohenried", ("acc",), era="2016")
P("acceptance_only", "de", "Giulia Pertile", "Vicesindaca | Comune di Borgo Valdera", "Borgo Valdera (VI)", ("acc",), nl="it")
P("lone_endorsement", "de", "Resi Hinterberger", "Stadträtin | Vorsitzende Ausschuss für Kultur und Tourismus", "Wendelbach", ("end",))
P("lone_endorsement", "de", "Oğuz Tekin", "Sachbearbeiter | Ordnungsamt Stadt Wendelbach", "Wendelbach", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Pressestelle Stadt Wendelbach", "pressestelle@wendelbach.example", "OB-Beitrag für LinkedIn – Freigabe bis 14 Uhr",
     "Hallo Alex,\n\nanbei der Textvorschlag für den LinkedIn-Post des OB zur Eröffnung der Kita Lindenhof. Bitte bis 14 Uhr freigeben, "
     "Fotos kommen vom Bauamt.\n\nViele Grüße\nMonika", "de"),
    ("Derya Aksoy", "vorstand@dtkv-wendelbach.example", "Einladung Iftar-Empfang im Pfarrsaal St. Michael",
     "Sehr geehrter Herr Morgan,\n\nich habe Ihnen auch auf LinkedIn geschrieben, aber sicherheitshalber hier noch einmal die offizielle "
     "Einladung für den Oberbürgermeister und Sie. Wir freuen uns auf Ihre Rückmeldung.\n\nSelamlar\nDerya Aksoy", "de"),
    ("Georg Brandl", "ob@wendelbach.example", "Fwd: Ich möchte mich mit Ihnen vernetzen",
     "Alex, kennst du den? Der will mit mir auf LinkedIn vernetzt werden und schreibt was von Parkraum.\n\nG.\n\n"
     "---------- Weitergeleitete Nachricht ----------\nVon: Bernd Luginger via LinkedIn <invitations@linkedin.com>\n"
     "Betreff: Ich möchte mich mit Ihnen vernetzen\n\nServus Herr Brandl, wir übernehmen für Kommunen die Parkraumbewirtschaftung...", "de"),
    ("IT-Sicherheit Rathaus", "it-sicherheit@wendelbach.example", "Warnung: gefälschte LinkedIn-Mails im Umlauf",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kommen gefälschte LinkedIn-Benachrichtigungen mit angeblichen Förderbescheiden an. "
     "Bitte keine Links anklicken und verdächtige Mails an die IT-Sicherheit weiterleiten.", "de"),
    ("Bayerischer Städtebund", "rundschreiben@staedtebund.example", "Rundschreiben 14/2025: Kommunale Wärmeplanung",
     "Sehr geehrte Damen und Herren,\n\nanbei das Rundschreiben zur Wärmeplanung. Aktuelle Hinweise finden Sie künftig auch auf unserer "
     "LinkedIn-Seite.", "de"),
    ("Hubert Lechner", "h.lechner@posteo.example", "Beschwerde Parkgebühren Altstadt",
     "Sehr geehrter Herr Morgan,\n\nich habe Sie schon auf LinkedIn angeschrieben, aber keine Antwort bekommen. Die neuen Parkgebühren in "
     "der Altstadt sind für uns Anwohner eine Zumutung. Ich bitte um einen Termin.\n\nHubert Lechner", "de"),
    ("Comune di Borgo Valdera", "segreteria.sindaco@comune-borgovaldera.example", "Gemellaggio 25 anni – programma visita ottobre",
     "Gentile dott. Morgan,\n\nin allegato la bozza del programma. Come anticipato su LinkedIn dalla collega Zanon, attendiamo le vostre "
     "osservazioni entro fine mese.\n\nCordiali saluti\nSegreteria del Sindaco", "it"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Sepp Reindl",
     "Hallo Alex Morgan,\n\nSepp Reindl möchte sich mit Ihnen auf XING vernetzen. Sie sind bereits über LinkedIn verbunden? Dann bestätigen "
     "Sie die Anfrage hier.", "de"),
    ("Bayerische Verwaltungsschule", "seminare@bvs.example", "Anmeldebestätigung: Social Media und LinkedIn für Behörden",
     "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Anmeldung zum Seminar „Social Media und LinkedIn für Behörden“ am 9. Oktober "
     "in München. Die Unterlagen erhalten Sie eine Woche vorher.", "de"),
    ("Ortsverband Wendelbach-Mitte", "ortsverband.mitte@wendelbach-politik.example", "Stammtisch am Donnerstag",
     "Servus zamm,\n\nDonnerstag 19 Uhr beim Wirt am Weiher. Thema: Plakatierung und wer den LinkedIn-Account vom Ortsverband übernimmt.\n\n"
     "Pfiad eich\nHans", "de"),
    ("Eurocities Digest", "digest@midsizedcities.example", "This month: heat plans, youth councils, and a new LinkedIn group",
     "Dear members,\n\nthis month's digest covers heat action plans from six cities and youth councils that actually work. Join our new "
     "LinkedIn group for chiefs of staff.\n\nUnsubscribe: https://midsizedcities.example/u", "en"),
    ("Kalender Rathaus", "kalender@wendelbach.example", "Einladung: Abstimmung Social-Media-Strategie OB (LinkedIn, Instagram)",
     "Sie wurden eingeladen: Abstimmung Social-Media-Strategie OB\nWann: Dienstag 10:00 – 11:00\nWo: Sitzungssaal 2\n"
     "Organisator: pressestelle@wendelbach.example", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev151. Generated by scripts/make_corpus_dev151.py (seed {SEED}); do not edit by hand.",
          "# Alex as the mayor's chief of staff in a mid-size Bavarian town: smart-city vendors and consultancies, event organisers, citizens "
          "and associations, journalists, applicants, party colleagues, peers in other towns, angry citizens; formal and Bavarian German, "
          "English, Italian and Turkish-German writers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev151", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
