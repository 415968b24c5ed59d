#!/usr/bin/env python3
"""Write mailbot's hundred-and-thirty-ninth, independent development corpus: tests/corpus/dev139/*.eml + expected.toml.

The angle: the user Alex is the investment director of a single family office in Luxembourg
(Valdor Family Office). Their LinkedIn world: placement agents raising funds, private-bank
relationship managers (mandates, structured products, "free" succession seminars), fintech and
data vendors (consolidated reporting, fund databases, tax software), start-up founders who ask
the user for money (seed and Series A tickets, subordinated loans, bridges, SAFEs), peers at
other family offices who share due-diligence notes, deal flow and warnings, conference
organisers (free LP breakfasts against pay-to-speak packages), recruiters with real CIO roles,
and investment scams (pre-IPO blocks, FX accounts, gold mines, "digital asset arbitrage").
French, German, Luxembourgish-flavoured German ("Moien", "merci villmools", "Äddi") and English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the user's own headline in the footer, the
job-alert titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that
spoofs carry are swapped for family-office ones in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev139.py              # writes tests/corpus/dev139
    python scripts/make_corpus_dev139.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260139

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the family office's world (this process only)
SKILLS = {
    "en": ["Private Equity", "Asset Allocation", "Due Diligence", "Venture Capital", "Family Office", "Portfolio Management"],
    "de": ["Private Equity", "Vermögensverwaltung", "Due Diligence", "Asset Allocation", "Beteiligungsmanagement"],
    "fr": ["Capital-investissement", "Allocation d'actifs", "Due diligence", "Gestion de portefeuille", "Family office"],
    "es": ["Capital privado", "Asignación de activos", "Due diligence", "Gestión de carteras"],
    "it": ["Private equity", "Asset allocation", "Due diligence", "Gestione di portafoglio"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Investment Director at Valdor Family Office | Private Markets | Luxembourg",
    "fr": "Directeur des investissements chez Valdor Family Office | Marchés privés | Luxembourg",
    "de": "Investment Director bei Valdor Family Office | Private Markets | Luxemburg",
    "es": "Director de inversiones en Valdor Family Office | Luxemburgo",
    "it": "Direttore investimenti presso Valdor Family Office | Lussemburgo",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "fr", "de", "fr", "en"]   # spoofs and other LinkedIn mail: English, French and German wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "display:gmail.com", "wrongpass"]
mc.CITY["en"] = ["Luxembourg", "London", "Brussels", "Amsterdam", "Zurich", "Dublin"]
mc.CITY["fr"] = ["Luxembourg", "Metz", "Arlon", "Thionville", "Paris", "Bruxelles"]
mc.CITY["de"] = ["Luxemburg", "Trier", "Saarbrücken", "Frankfurt am Main", "München", "Zürich"]
mc.JOBS[:] = [("Investment Director – Single Family Office", "Confidential"), ("Head of Private Markets", "Maison Kirchberg Family Office"),
              ("Portfolio Manager Private Equity (m/w/d)", "Mosel Industrieholding"), ("Directeur des investissements", "Famille Hoscheit S.A."),
              ("Senior Investment Manager, Co-investments", "Noordhaven Family Office")]
mc.COMPANIES["good"] = ["Noordhaven Family Office", "Nordhavn Family Office", "Harbig Holding", "Solberg Family Office", "Ridgeway Search",
                        "Université du Luxembourg", "Private Capital Review", "Mosel Industrieholding"]
mc.COMPANIES["sales"] = ["Ashgrove Placement Partners", "Banque Alzette Privée", "LedgerVue", "Orbitfolio", "Fundvista Data", "Goldcrest Capital",
                         "Emerald Forex", "TaxPilot"]
mc.HEADLINES["good"] = ["Head of Private Markets at {co}", "CIO | {co}", "Investment Manager, Co-investments | {co}", "Partner, Family Office Practice | {co}",
                        "Professor of Finance at {co}", "Editor | {co}"]
mc.HEADLINES["sales"] = ["Director, Capital Raising | {co}", "Senior Relationship Manager UHNW | {co}", "Enterprise Sales | {co}",
                         "Helping family offices invest smarter | {co}", "Founder & CEO | {co} | Raising Series A"]
SPOOF_PITCH = {
    "en": ["Dear {first}, the capital call notice for Fund IV is ready in the secure data room. Please sign in to confirm the updated wire instructions today.",
           "Hi {first}, I've shared the signed subscription documents with you. Log in to download them before the closing."],
    "fr": ["Bonjour {first}, l'appel de fonds du trimestre est disponible dans la data room sécurisée. Merci de vous connecter pour valider les nouvelles coordonnées bancaires.",
           "Bonjour {first}, je vous ai partagé le bulletin de souscription signé. Connectez-vous pour le télécharger avant le closing."],
    "de": ["Guten Tag {first}, der Kapitalabruf für Fonds IV liegt im Datenraum bereit. Bitte melden Sie sich an und bestätigen Sie die geänderte Bankverbindung.",
           "Hallo {first}, ich habe Ihnen die unterschriebenen Zeichnungsunterlagen freigegeben. Bitte hier anmelden, um sie herunterzuladen."],
    "es": ["Estimado/a {first}, la solicitud de desembolso del fondo está en la sala de datos. Inicie sesión para confirmar los nuevos datos bancarios.",
           "Hola {first}, te he compartido los documentos de suscripción firmados. Inicia sesión para descargarlos."],
    "it": ["Gentile {first}, il richiamo di capitale del fondo è disponibile nella data room. Acceda per confermare le nuove coordinate bancarie.",
           "Ciao {first}, ti ho condiviso i documenti di sottoscrizione firmati. Accedi per scaricarli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Capital call – action required", "Fund IV subscription", "Wire instructions updated"],
                  "fr": ["Appel de fonds – action requise", "Souscription Fonds IV", "Coordonnées bancaires"],
                  "de": ["Kapitalabruf – bitte bestätigen", "Zeichnung Fonds IV", "Neue Bankverbindung"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": {"job": ("{n} new jobs for \"family office investment director\"", "Your job alert for family office investment director in {city}"),
           "news": "Are family offices falling out of love with venture?",
           "group": "Top conversations in Family Office Investors Europe",
           "newsletter": "The Allocator's Desk: the questions LPs should ask about NAV loans"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur des investissements family office »",
                   "Votre alerte emploi pour directeur des investissements family office à {city}"),
           "news": "Les family offices délaissent-ils le capital-risque ?",
           "group": "Meilleures discussions dans Family Offices francophones",
           "newsletter": "La Lettre du LP : secondaires, ce que les vendeurs ne disent pas"},
    "de": {"job": ("{n} neue Jobs für „Investment Director Family Office“", "Ihr Jobalarm für Investment Director Family Office in {city}"),
           "news": "Ziehen sich Family Offices aus Venture Capital zurück?",
           "group": "Top-Unterhaltungen in Family Office Netzwerk DACH",
           "newsletter": "Beteiligungsbrief: Was Continuation Funds für LPs bedeuten"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name things of the 2020s keep the current layout
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "fr", "Claude Majerus", "Investment Manager | Single Family Office | Luxembourg", "Luxembourg",
  ("inv", "Moien Alex, mir sinn e puer Single Family Offices aus dem Land und treffen uns alle zwei Monate zum Mittagessen – Austausch über Manager, "
          "Co-Investments und Fallstricke, keine Banken, keine Verkäufer. Nächstes Mal am 14. im Cercle. Hättest du Lust?"),
  ("rem",), nl="de")
P("good_invitation", "fr", "Sandrine Lacour", "Responsable des investissements | Family office multi-familles", "Genève",
  ("inv", "Bonjour Alex, on m'a dit que vous étiez en due diligence sur le même fonds de dette privée que nous. Je serais curieuse d'avoir votre avis "
          "sur leur politique de valorisation – et je vous partage volontiers notre note d'analyse en échange."))
P("good_invitation", "en", "Tom Averill", "Partner, Co-investments | Hartwell Family Capital", "London",
  ("inv", "Alex, Pieter de Vries suggested I get in touch. We passed on a German mid-market secondary last week, ticket too small for us, and it looks "
          "squarely like your kind of deal. No fee, no finder's arrangement – happy to pass you the GP's contact."),
  ("rem",))
P("good_invitation", "en", "Helena Brandt", "Partner | Family Office & Private Wealth Search", "Zürich",
  ("inv", "Hello Alex, I'm retained by a German industrial family setting up a single family office in Luxembourg. They need a CIO to build the "
          "private markets book from scratch, and your track record fits unusually well. Open to a discreet chat?"))
P("good_invitation", "fr", "Aurélien Kremer", "Chargé des événements | Association luxembourgeoise des family offices", "Luxembourg",
  ("inv", "Bonjour Alex, notre prochain petit-déjeuner membres aura lieu le 3 à la Chambre de Commerce : la fiscalité des SCSp après la dernière circulaire. "
          "Entrée libre, 40 places, aucun sponsor sur scène. Je serais ravi de vous y voir."),
  ("rem",))
P("good_invitation", "de", "Dr. Ingrid Pauly", "Dozentin AIFMD & Fondsregulierung | Akademie Finanzplatz Luxemburg", "Luxemburg",
  ("inv", "Guten Tag Alex, ich leite bei uns den Kurs zu AIFMD II. Die Abendreihe im Herbst ist für Family Offices kostenlos und wird als Weiterbildung "
          "angerechnet (12 CPD-Stunden). Ich dachte, das könnte für Sie und Ihr Team interessant sein."))
P("good_invitation", "en", "Lea Thill", "Master in Wealth Management student | University of Luxembourg", "Esch-sur-Alzette",
  ("inv", "Hi Alex, I'm writing my master's thesis on how Luxembourg family offices pick private equity managers. Could you spare 20 minutes for an "
          "anonymous interview? Every participant gets the finished study. Thank you either way!"),
  ("rem",))
cur("Dr. Ingrid Pauly")


# =============================================================== default_invitation
P("default_invitation", "en", "Bruno Tavares", "Relationship Manager | Private Banking", "Luxembourg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sebastian Kolb", "Wealth Planner | Vermögensberatung", "Trier", ("inv", NONOTE))
P("default_invitation", "fr", "Nadia Ferreira", "Analyste | Fintech & paiements", "Esch-sur-Alzette", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Oliver Pennington", "Managing Director, Capital Raising | Ashgrove Placement Partners", "London",
  ("inv", "Alex – we're raising Fund IV for a top-quartile European buyout manager (2.4x net on Fund II). €900m hard cap, first close in March, "
          "a limited allocation set aside for family offices. Can I send the teaser and set up a call with the GP?"),
  ("rem",))
P("sales_invitation", "fr", "Capucine Delorme", "Banquière privée senior | Clientèle family offices | Banque du Grund", "Luxembourg",
  ("inv", "Bonjour Alex, je m'occupe des family offices à la banque. Nous venons de structurer un produit à capital protégé sur l'Euro Stoxx avec "
          "un coupon de 6,2 %. J'aimerais beaucoup vous le présenter autour d'un déjeuner, quand cela vous arrange."))
P("sales_invitation", "de", "Markus Lentz", "Sales Director DACH & Benelux | LedgerVue Portfolio Analytics", "Frankfurt am Main",
  ("inv", "Hallo Alex, die meisten Family Offices konsolidieren ihre Depots noch per Excel. LedgerVue holt die Daten von 40+ Depotbanken automatisch, "
          "Private Markets inklusive. Darf ich Ihnen in 20 Minuten zeigen, wie ein SFO in Munsbach damit zwei Stellen spart?"))
P("sales_invitation", "de", "Yusuf Karaca", "Co-founder & CEO | Tessvolt – battery recycling | Raising seed", "Berlin",
  ("inv", "Hi Alex! We're closing a €3.5m seed for Tessvolt – we recover lithium from EV batteries at half the incumbents' cost. Long-horizon family "
          "money is exactly what we want on the cap table. Tickets from €100k, 15 min to walk you through it?"),
  nl="en")
P("sales_invitation", "fr", "Éric Vandamme", "Directeur commercial | Family Office Summit Europe", "Bruxelles",
  ("inv", "Bonjour Alex, nous préparons l'édition monégasque du Family Office Summit. Il reste deux sièges de panéliste dans le pack Partenaire Silver "
          "(8 500 € HT), visibilité garantie auprès de 300 familles. Je vous envoie la brochure ?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Grant Whitaker", "Founder | Benelux Family Office Forum", "Amsterdam",
  ("inv", "Alex, I run a small, invitation-only forum for the investment heads of Benelux family offices. Chatham House rules, quarterly dinners, "
          "no vendors in the room. Would be glad to have you with us."),
  ("msg", "Good to be connected! One thing ahead of the first dinner: the forum is supported by a handful of partners, and our anchor partner, "
          "Meridian Yield, has an allocation window in its senior private credit fund closing on the 30th. €250k minimum, 9% target net. "
          "Shall I set up an intro call with their PM this week?", (4, 12)),
  ("msg", "Hi Alex, just checking you saw the Meridian window. I can hold a slot for Valdor until Friday, after that it goes to the waitlist.", (5, 9)))
P("bait_and_switch_invitation", "de", "Tessy Feller", "Senior Relationship Manager | Privatbank Obermosel", "Luxemburg",
  ("inv", "Moien Alex, wir organisieren im März einen kleinen Workshop zum Erbrecht in Luxemburg und Portugal – kostenlos, mit zwei Notaren, "
          "anschließend Drëpp an Häppchen. Es wäre schön, wenn Sie dabei wären. Schéine Gruss, Tessy"),
  ("msg", "Villmools merci, dass Sie beim Workshop waren! Wie kurz angesprochen würde ich Ihnen gern unser Mandat \"Generatiounen\" vorstellen – "
          "diskretionäre Verwaltung ab 5 Mio., 0,65 % all-in, Reporting auf Familienebene. Passt Ihnen ein Termin bei uns in der Grand-Rue nächste Woche?",
   (14, 30)))
P("bait_and_switch_invitation", "fr", "Mehdi Bensaïd", "Fondateur & CEO | Parcelle (proptech résidentielle)", "Paris",
  ("inv", "Bonjour Alex, j'ai lu votre interview sur les family offices et le résidentiel. Je ne cherche rien d'autre qu'un regard critique sur notre modèle : "
          "auriez-vous 20 minutes pour me dire ce qui cloche ? Vos objections m'intéressent plus que vos compliments."),
  ("msg", "Merci encore pour vos retours très francs, j'ai tout noté. Bonne nouvelle : nous ouvrons notre série A (6 M€) et, vu vos remarques, "
          "vous avez mieux compris le sujet que la plupart des VC. Ticket minimum 150 k€ – je peux vous réserver une place dans le tour. Je vous ouvre la data room ?"))
P("bait_and_switch_invitation", "en", "Anneke Visser", "Head of Research | FamilyOfficeMetrics", "Rotterdam",
  ("inv", "Hi Alex, we're compiling this year's benchmark of European family office allocations. Participants receive the full 60-page report free "
          "and all answers are anonymised. Could I send you the 10-minute survey?"),
  ("msg", "Thanks so much for taking part! The report lands in your inbox next week. By the way, our live peer dashboard (allocations of 140 family "
          "offices, updated quarterly) is €14,900 a year and participants get 20% off. Could we book a 30-minute demo?", (10, 25)),
  ("msg", "Alex, the participant discount runs out at month-end. Happy to send a trial login so your analysts can play with it before we talk price."))
P("bait_and_switch_invitation", "de", "Dr. Rüdiger Sommer", "Family Office Principal | Netzwerker | Zug", "Zug",
  ("inv", "Guten Tag Alex, als Prinzipal eines Schweizer Single Family Office suche ich den Austausch mit Kollegen im Benelux-Raum – ganz ohne Agenda, "
          "rein kollegial. Würde mich über die Vernetzung freuen."),
  ("msg", "Schön, dass es geklappt hat. Ich bin seit Kurzem an einem Goldminenprojekt in Ghana beteiligt, 18 % p.a., besichert durch Lagerbestände. "
          "Für Family Offices aus meinem Umfeld gibt es eine Vorzugstranche ab 500.000 €. Wollen wir telefonieren?", (3, 8)),
  ("msg", "Alex, die Vorzugstranche ist fast gezeichnet. Geben Sie mir bis Donnerstag Bescheid, dann halte ich Ihnen 500k frei.", (4, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Sophia Lin", "Private Investor | Family Holding | Singapore", "Singapore",
  ("inm", "Fellow family office", "Hello Alex, I came across your profile while looking into Luxembourg structures for my family's holding. I would love "
          "to hear how European family offices think about Asia – no agenda at all, just curious how you see it."),
  ("inm", "Re: Fellow family office", "Thank you for replying, it was lovely to chat! My uncle's team runs a digital asset arbitrage desk that has made "
          "3.8% a month for two years, they only take family offices. I could open an account for you with a small test amount, $20k. "
          "Shall I send the link?", (4, 10)))
P("bait_and_switch_inmail", "fr", "Laurent Dussart", "Directeur des programmes | Rencontres Patrimoniales de Deauville", "Paris",
  ("inm", "Invitation comme intervenant", "Bonjour Alex, notre comité de programme vous a retenu(e) pour la table ronde « Family offices et capital-risque » "
          "de juin. Votre hébergement est pris en charge. Nous serions honorés de vous compter parmi les intervenants."),
  ("inm", "Votre participation – modalités", "Merci pour votre accord de principe ! Pour finaliser votre place d'intervenant, nous demandons une "
          "participation de 4 900 € HT, qui inclut la présence du logo Valdor dans le programme et deux invitations au dîner. Je vous transmets le bon de commande ?"))
P("bait_and_switch_inmail", "de", "Jan-Hendrik Albers", "Research Lead | PrivateMarkets Insight", "Hamburg",
  ("inm", "Ihre Einschätzung zu Secondaries?", "Hallo Alex, ich schreibe an einer Analyse zu GP-led Secondaries aus Sicht der LPs und würde gern zwei, "
          "drei Family Offices zu Wort kommen lassen, auf Wunsch anonym. Hätten Sie 15 Minuten für mich?"),
  ("inm", "Danke + kurze Idee", "Danke für das offene Gespräch, das war sehr ergiebig! Die Analyse erscheint im Mai. Kurze Idee am Rande: Unsere "
          "Plattform gibt Family Offices Zugriff auf 9.000 Fondsdatensätze, Jahreslizenz 18.000 €. Ich könnte Ihnen einen Testzugang einrichten – "
          "passt Dienstag für eine Vorführung?"))
P("bait_and_switch_inmail", "fr", "Daniel Okonkwo", "Founder | Cobalt Health AI", "London",
  ("inm", "A founder's question", "Hi Alex, first-time founder here. I keep hearing that family offices underwrite healthtech differently from VCs. "
          "Could I ask you two questions about how you look at it? Not fundraising, promise."),
  ("inm", "Following up", "Thanks again for the call, it honestly changed how I pitch. Since you clearly get the space: we're opening a $2m bridge "
          "ahead of the A and I'd love Valdor in it, $50k minimum. Can I send over the SAFE?"),
  nl="en")
cur("Sophia Lin", "Daniel Okonkwo", "Jan-Hendrik Albers")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Stuart Galbraith", "Independent Director | AIFM & fund boards | Luxembourg", "Luxembourg",
  ("end",), ("end",),
  ("msg", "Alex, I've put in an endorsement for {skill}, well earned. I'm standing for two new fund boards this spring and a few endorsements "
          "for Fund Governance and Risk Management from an actual allocator would carry weight. Would you mind?"))
P("endorse_me_back", "fr", "Véronique Hansen", "Conseillère en investissement | Luxembourg", "Luxembourg",
  ("end",),
  ("msg", "Coucou Alex ! Je t'ai mis une recommandation sur {skill} 😊 si tu as deux secondes tu peux m'en mettre une sur « Gestion de patrimoine » ? "
          "merci merci !!"))
P("endorse_me_back", "fr", "Pit Wagner", "Fondsbuchhalter | Zentralverwaltung | Leudelange", "Leudelange",
  ("end",), ("end",),
  ("msg", "Moien Alex, hunn dech fir {skill} bestätegt 👍 Kannst du mir im Gegenzug \"Fondsbuchhaltung\" und \"NAV-Berechnung\" bestätigen? "
          "Ich bewerbe mich grad intern auf eine Teamleitung. Merci villmools!"),
  nl="de")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Nigel Ashcombe", "Senior Partner | Calder Capital Placement", "London",
  ("inv", "Alex, we place capital for emerging managers in European infrastructure. Would value a conversation about your programme for next year."),
  ("rem",),
  ("inm", "A word of advice", "Alex, three weeks and not even the courtesy of a 'no'. In twenty-five years of placing capital I have found that "
          "allocators who ignore the market end up paying for it. Manners cost nothing. I shall remember this when the good allocations come round."))
P("hostility_after_decline", "fr", "Baptiste Rolland", "CEO & co-fondateur | Agrilume", "Nancy",
  ("inv", "Bonjour Alex, je lève 2 M€ pour Agrilume (serres verticales en Lorraine). Je serais ravi de vous présenter le projet."),
  ("inm", "Sans réponse", "franchement vous les family offices vous êtes tous pareils. on demande dix minutes et vous faites les morts. "
          "c'est méprisant. ne venez pas pleurer quand on sera valorisés 50 M€."))
P("hostility_after_decline", "de", "Frank Weidemann", "Vermögensverwalter | Weidemann & Partner", "Saarbrücken",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihre Ablehnung", "Sehr geehrte/r Alex Morgan, ich habe Sie zweimal eingeladen. Dass jemand in Ihrer Position nicht einmal auf eine "
          "schlichte Kontaktanfrage reagiert, sagt einiges über Ihre Überheblichkeit. Ihr Family Office wird sich nicht ewig hinter seinem Geld verstecken können."))
P("hostility_after_decline", "en", "Kiran Desai", "MBA candidate | INSEAD | ex-Big 4 transaction services", "Fontainebleau",
  ("inv", "Hi Alex, I'm an INSEAD MBA student keen on family office investing. Would love to hear how you got into the role if you ever have 15 minutes."),
  ("inm", "Disappointed", "Hi Alex, honestly quite disappointed. I wrote a thoughtful note and heard nothing back, while I can see you were active on "
          "LinkedIn all week. Gatekeeping like this is exactly why the industry has a diversity problem. I hope you reflect on that."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Clive Harrowby", "Director | Harrowby Wealth Structuring", "St Helier",
  ("msg", "Alex, following our chat at the IFE conference: we set up Jersey foundations for families who want a second jurisdiction next to "
          "Luxembourg. Fixed fee of £28k all in. Shall I send over an engagement letter?"),
  ("msg", "Alex, I have now written twice. If you're not interested a one-line reply is the bare minimum. Frankly your silence is unprofessional, "
          "and I'll be saying as much to the people who recommended you.", (10, 20)))
P("hostility_connection", "fr", "Stéphanie Marchal", "Directrice commerciale | Fundvista Data", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au salon, je vous propose une démo de Fundvista : notation et reporting ESG de vos 300 lignes "
          "en un clic. Jeudi 10 h, ça vous irait ?"),
  ("msg", "Alex, c'est vous qui m'avez invitée et maintenant plus un mot. Je trouve ça assez grossier, honnêtement. On ne demande pas une connexion "
          "si c'est pour ignorer les gens ensuite.", (12, 25)))
P("hostility_connection", "de", "Holger Rasch", "Geschäftsführer | Rasch Capital Advisory", "Düsseldorf",
  ("msg", "Hallo Alex, wir strukturieren gerade einen Club Deal für ein Logistikportfolio in NRW, 7,5 % Ausschüttung, Mindestzeichnung 1 Mio. €. "
          "Hätten Sie Interesse an den Unterlagen?"),
  ("msg", "Hallo Alex, haben Sie die Unterlagen angesehen? Die Zeichnungsfrist endet am 15."),
  ("msg", "Bemerkenswert, wie herablassend man in Luxemburg mit Geschäftspartnern umgeht. Drei Nachrichten, keine Silbe zurück. "
          "So etwas spricht sich herum, das versichere ich Ihnen."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Grégoire Wolff", "Gestionnaire de fortune | Family offices | Banque Alzette Privée", "Luxembourg",
  ("msg", "Bonjour Alex, notre comité d'investissement vient de valider un mandat obligataire court terme à 3,9 % brut, taillé pour la trésorerie "
          "d'un family office. On prend un café à la Cloche d'Or pour en parler ?"),
  ("msg", "Alex, je reviens vers vous : nous ouvrons aussi notre fonds de fonds private equity millésime 2025 aux clients externes, minimum 250 k€. "
          "Je vous envoie la plaquette ?"),
  ("msg", "Petit rappel amical : le premier closing du fonds de fonds est fixé au 31. Un créneau la semaine prochaine ?", (6, 14)))
P("connection_only_pitches", "en", "Maya Goldberg", "Enterprise Sales, Family Offices | Orbitfolio", "London",
  ("msg", "Hi Alex! Noticed Valdor is hiring a portfolio analyst – usually a sign the reporting stack is creaking 🙂 Orbitfolio automates look-through "
          "reporting across PE, real estate and liquid books. Worth a 25-min demo?"),
  ("msg", "Hey Alex, bumping this up. We just went live with two Luxembourg SFOs in under 8 weeks, happy to share how. Does Tuesday 3pm work?"))
P("connection_only_pitches", "de", "Lukas Reinhold", "Gründer & CEO | Solarpark Eifel GmbH", "Bitburg",
  ("msg", "Hallo Alex, unseren nächsten Agri-PV-Park finanzieren wir über Nachrangdarlehen, 6,8 % Zins, 7 Jahre Laufzeit. Für Family Offices "
          "ab 100.000 €. Soll ich Ihnen das Exposé schicken?"),
  ("msg", "Hallo Alex, kurzes Update: 70 % der Runde sind platziert. Hätten Sie nächste Woche 20 Minuten für einen Call mit unserem CFO?"))
cur("Grégoire Wolff")
cur("Isabelle Kieffer")


# =============================================================== single_pitch
P("single_pitch", "en", "Conor Fitzgerald", "Director | Emerald FX Managed Accounts", "Dublin",
  ("msg", "Alex, our managed FX accounts are up 21% net this year with zero down months. Segregated accounts, you keep custody the whole time. "
          "Would you like to see the audited track record?"))
P("single_pitch", "fr", "Mélanie Dupuis", "Partenariats & sponsoring | Salon Investir Luxembourg", "Luxembourg",
  ("msg", "Bonjour Alex, Valdor aurait toute sa place parmi les sponsors de notre soirée de gala : pack Or à 12 000 €, logo sur tous les supports "
          "et une table de dix. Puis-je vous envoyer le dossier partenaires ?"))
P("single_pitch", "en", "Andreas Thome", "Key Account Manager | Kapitalmarktdaten | Frankfurt", "Frankfurt am Main",
  ("msg", "Hallo Alex, unser Datenfeed für nicht börsennotierte Unternehmen deckt jetzt auch Benelux ab. Ein Testzugang für Ihr Team wäre sofort "
          "möglich, danach 9.600 € im Jahr. Kurzer Call diese Woche?"),
  nl="de")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Pieter de Vries", "Head of Private Markets | Noordhaven Family Office", "Amsterdam",
  ("msg", "Alex, heads-up: the GP of that Nordic growth fund we both looked at has just lost its second founding partner. Not public yet. Our ops DD "
          "notes are in the folder I shared with you – might be worth pressing them on key-person before your IC."),
  ("msg", "And if you want the reference call list we used for the infra manager, just say the word.", (1, 4)))
P("connection_brings_value", "fr", "Isabelle Kieffer", "Avocate associée | Fonds d'investissement | Luxembourg", "Luxembourg",
  ("end",),
  ("msg", "Bonjour Alex, un mot rapide : la CSSF a publié ce matin la FAQ mise à jour sur les RAIF, et le point 4.2 change la donne pour votre "
          "structure de co-investissement. Je vous ai surligné les passages concernés – rien à facturer, c'est pour que vous ne soyez pas pris de court en comité."))
P("connection_brings_value", "de", "Marc Goedert", "CFO | Single Family Office | Strassen", "Strassen",
  ("msg", "Moien Alex, kurze Info: Wir haben unsere Depotbank-Ausschreibung abgeschlossen. Ich schicke dir gern unsere Bewertungsmatrix der sechs "
          "Banken (anonymisiert) – war vill Aarbecht, soll nicht nur bei uns in der Schublade liegen. Vielleicht hilft es euch bei eurer Revue. "
          "Bis geschwënn, Marc"))
P("connection_brings_value", "en", "Fiona Carrick", "Editor | Private Capital Review", "London",
  ("msg", "Hi Alex, we're hosting an LP-only roundtable in Luxembourg on 12 May – eight allocators, no GPs in the room, off the record, and no "
          "charge to attend. I'd love you to join, and if you're up for it, to open the discussion on co-investment fatigue."),
  ("msg", "Thanks for saying yes! Agenda attached in the invite. Dinner afterwards is optional, Bistrot de la Presse.", (3, 8)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Beaumont", "Principal | Family Office Practice | Ridgeway Search", "London",
  ("inm", "CIO – single family office, Luxembourg/Munich", "Dear Alex, I'm retained by a fourth-generation industrial family to find their first "
          "external CIO. The office will sit between Luxembourg and Munich, around €1.6bn, mostly private markets. The package is competitive and comes "
          "with co-invest rights. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "fr", "Thierry Nosbusch", "Associé | Nosbusch Executive Search", "Luxembourg",
  ("inm", "Poste de directeur des investissements", "Bonjour Alex, une famille luxembourgeoise que j'accompagne depuis longtemps cherche un "
          "directeur des investissements pour son family office (bureaux au Kirchberg, équipe de six). Rémunération attractive et carried sur les "
          "co-investissements. Seriez-vous ouvert(e) à un premier échange, en toute discrétion ?"))
P("stranger_inmail_recruiter", "de", "Corinna Blum", "Talent Acquisition | Mosel Industrieholding", "Trier",
  ("inm", "Leitung Beteiligungen (m/w/d)", "Hallo Alex, ich bin die Recruiterin im Haus, keine Agentur. Wir suchen eine Leitung für unser "
          "Beteiligungsportfolio, Dienstsitz Trier oder Luxemburg, zwei Tage mobil. Gehaltsband 160–190 k€ plus Bonus. Hätten Sie Lust auf ein Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Victor Reyes-Almeida", "Senior Advisor | Goldcrest Capital", "Dubai",
  ("inm", "Pre-IPO allocation", "Dear Alex, we hold a limited block of pre-IPO shares in a leading AI chip designer at a 40% discount to the expected "
          "listing price. The allocation is reserved for qualified family offices until Friday. Shall I send you the subscription form?"),
  ("inm", "Final call", "Alex, two blocks left. Wire instructions are ready as soon as you confirm.", (2, 5)))
P("stranger_inmail_sales", "fr", "Hugues de Montclair", "Managing Partner | Montclair Capital Placement", "Paris",
  ("inm", "Fonds de dette privée – closing final", "Bonjour Alex, nous accompagnons une société de gestion française en dette privée corporate "
          "(TRI net cible 11 %). Le closing final est prévu fin juin. Puis-je vous proposer une rencontre avec l'équipe de gestion ?"))
P("stranger_inmail_sales", "de", "Nicole Arndt", "Head of Sales | TaxPilot Family Office Software", "Köln",
  ("inm", "Steuerreporting in Stunden statt Wochen", "Hallo Alex, Family Offices mit Gesellschaften in LU und DE sitzen jedes Jahr wochenlang am "
          "Steuerreporting. TaxPilot erledigt das in Stunden. Darf ich es Ihnen in einer kurzen Demo zeigen?"))
P("stranger_inmail_sales", "en", "Ethan Carrow", "Founder | Lumen Biolabs | Raising Series A", "Boston",
  ("inm", "Series A – family office allocation", "Hi Alex, Lumen Biolabs is raising a $12m Series A led by a tier-1 VC, and we've kept $1.5m for "
          "strategic family offices. Could I walk you through the deck on a 20-minute call?"))
cur("Victor Reyes-Almeida")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Henrik Lindahl", "Partner | Nordhavn Family Office", "Copenhagen",
  ("inv", "Alex, we're an SFO in Copenhagen looking at Luxembourg for our fund structures. Happy to swap notes – I can share what we learned setting "
          "up our Danish co-invest vehicle."),
  ("msg", "As promised, our co-invest vehicle term sheet and the legal memo (redacted). Hope it saves you a few billable hours."),
  ("msg", "Alex, different topic: I've joined Kraken Ridge Capital as a venture partner and we're raising Fund II. Given how well we've worked "
          "together I can get Valdor in at the first-close fee discount. Shall I set up a call with the GPs?", (20, 45)))
P("good_turns_ugly", "fr", "Camille Beffort", "Présidente | Club des investisseurs providentiels du Luxembourg", "Luxembourg",
  ("inv", "Bonjour Alex, notre club organise des soirées de présentation de start-up, gratuites pour les family offices. Aucune obligation "
          "d'investir, c'est surtout pour voir passer du deal flow. La prochaine a lieu jeudi au Technoport."),
  ("msg", "Merci d'être venu(e) jeudi ! Comme promis, le compte rendu des cinq pitchs avec nos notes de due diligence."),
  ("end",),
  ("msg", "Alex, le club lance son propre véhicule de co-investissement : 1,5 % de frais de gestion, 15 % de carried, ticket minimum 100 k€. "
          "Je vous envoie le bulletin de souscription ?"))
P("good_turns_ugly", "de", "Sven Reichert", "Analyst Private Equity | Family Office | München", "München",
  ("inv", "Hallo Alex, ich habe Ihren Vortrag beim LP-Abend zu Continuation Funds gehört. Darf ich Ihnen meine Notizen schicken? Vielleicht fehlt Ihnen "
          "noch etwas für die Folien."),
  ("msg", "Hier meine Mitschrift, inklusive der Fragen aus dem Publikum. Viel Erfolg beim nächsten Vortrag!"),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} bestätigt. Ich bin auf Jobsuche – würden Sie mich im Gegenzug für Private Equity und "
          "Financial Modeling bestätigen? Das wäre eine große Hilfe."))
cur("Sven Reichert")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Olivier Brasseur", "Relationship Manager UHNW | Crédit Mosan", "Luxembourg",
  ("inm", "Trésorerie de votre family office", "Bonjour Alex, Crédit Mosan lance une offre de gestion de trésorerie dédiée aux family offices : "
          "dépôts à terme négociés, change, lignes lombard. Pouvons-nous convenir d'un rendez-vous ?"),
  ("inv", "Bonjour Alex, ravi de vous avoir croisé à la soirée de l'ALFI. Restons en contact !"))
P("reinvite_known_bad", "de", "Dominik Stahl", "Vertriebsleiter | Vermögensverwaltung", "Stuttgart",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir saßen beim Family-Office-Tag in Frankfurt am selben Tisch. Ich würde mich freuen, wenn wir in Kontakt bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Gavin Thorne", "Founder | Thorne Capital Introductions", "Dubai",
  ("inv", "Alex, let's connect – I introduce European family offices to off-market deals in the Gulf."),
  ("rem",),
  ("inm", "Seriously?", "Ignored twice. You European family offices think you're above everyone. Enjoy your 4% returns, mate."),
  ("inv", "Hi Alex, new year, clean slate? I've moved to a new firm and would be good to be connected."))
P("reinvite_known_ugly", "fr", "Arnaud Pellerin", "Président | Cercle Patrimoine & Transmission", "Lyon",
  ("inm", "Cercle Patrimoine & Transmission", "Bonjour Alex, notre cercle réunit des dirigeants de family offices francophones autour d'un dîner "
          "trimestriel, en toute confidentialité. Nous serions honorés de vous accueillir."),
  ("inm", "Adhésion", "Suite à votre intérêt, voici les modalités : la cotisation annuelle est de 6 000 €, et nos partenaires (banque privée, "
          "cabinet fiscal) vous offriront un audit patrimonial. Je vous envoie le bulletin d'adhésion ?"),
  ("inv", "Bonjour Alex, je me permets de vous inviter dans mon réseau, au plaisir d'échanger."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Rebecca Moss", "Director, Family Office Coverage | Hollis Prime Services", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex, great meeting you at SuperReturn. Since you're rebuilding the hedge fund sleeve, our cap intro team could line "
          "up five managers for you – all we'd need is for Valdor to open a prime account with us. Coffee next time I'm in Lux?"))
P("user_invited_pitch_once", "fr", "Romain Kayser", "Geschäftsführer | KaySec IT-Sicherheit", "Mamer",
  ("acc",),
  ("msg", "Moien Alex, merci fir d'Invitatioun! Wie beim Networking kurz besprochen: Family Offices sind ein beliebtes Ziel für CEO-Fraud. "
          "Wir bieten ein Sicherheitsaudit zum Festpreis von 7.500 € an. Soll ich Ihnen ein Angebot schicken?"),
  nl="de")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Hélène Bastin", "Directrice du développement | LuxReporting", "Luxembourg",
  ("acc",),
  ("msg", "Merci d'avoir pensé à m'inviter ! Je vous envoie notre plaquette : reporting consolidé multi-banques pour family offices, 19 000 € par an. "
          "On cale une démo ?"),
  ("msg", "Bonjour Alex, notre offre de lancement (-20 %) court jusqu'à la fin du mois. Je vous bloque un créneau ?"))
P("user_invited_pitch_twice", "en", "Jonas Eklund", "Partner | Fjord Secondaries Advisors", "Stockholm",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. We're running a process on a €180m LP portfolio, mostly 2018-2020 buyout vintages, priced at an attractive "
          "discount. Could be a good fit for Valdor – shall I send the NDA?"),
  ("msg", "Hi Alex, second-round bids are due on the 14th. Want me to get you into the data room before then?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Ingrid Solberg", "CIO | Solberg Family Office", "Oslo",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! As promised at the LP summit, here are the four emerging managers in Nordic lower mid-market we've backed and "
          "would vouch for. Happy to do a reference call on any of them."))
P("user_invited_value", "fr", "Benoît Lacroix", "Professeur de finance | Université du Luxembourg", "Esch-sur-Alzette",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme convenu, voici notre étude (version préliminaire) sur la performance des family offices luxembourgeois "
          "en private equity. Vos remarques sont les bienvenues, et vous êtes invité(e) au séminaire de présentation le 21, ouvert à tous et gratuit."))
P("user_invited_value", "de", "Dr. Jens Harbig", "Leiter Family Office | Harbig Holding", "Saarbrücken",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie versprochen der Link zu unserem Due-Diligence-Fragebogen für Venture-Fonds – drei Jahre lang verfeinert, "
          "nutzen Sie ihn gern. Und falls Sie mal einen Co-Investor für kleinere Tickets suchen: Wir sind ansprechbar."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Anne-Sophie Wampach", "Notaire | Luxembourg", "Luxembourg", ("acc",))
P("acceptance_only", "en", "Darius Farahani", "Head of Private Equity | Meridian Endowment", "London", ("acc",))
P("lone_endorsement", "de", "Nico Zeimet", "Analyst | Family Office | Luxemburg", "Luxemburg", ("end",))
P("lone_endorsement", "en", "Olga Petrova", "Fund Administrator | Luxembourg", "Luxembourg", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Claude Majerus", "claude.majerus@sfo-majerus.example.lu", "Mëttegiessen SFO-Krees",
     "Moien Alex,\n\nich hab dir auch auf LinkedIn geschrieben, falls das untergeht: nächstes Mittagessen ist am 14. im Cercle.\n\nÄddi,\nClaude", "de"),
    ("Ashgrove Placement Partners", "ir@ashgrove-placement.example", "Fund IV teaser – further to our LinkedIn note",
     "Dear Alex,\n\nFurther to Oliver's note on LinkedIn, please find the Fund IV teaser attached. First close is scheduled for March.\n\nAshgrove IR", "en"),
    ("Compliance Valdor", "compliance@valdor-fo.example.lu", "Rappel : faux profils LinkedIn et offres pré-IPO",
     "Bonjour à tous,\n\nplusieurs family offices de la place signalent de faux profils LinkedIn qui proposent des « allocations pré-IPO ». "
     "Ne transmettez aucun document et signalez-nous tout contact suspect.\n\nL'équipe Compliance", "fr"),
    ("LuxPE Events", "events@luxpe.example.lu", "Your registration: LP Breakfast",
     "Dear Alex,\n\nthank you for registering. Feel free to share the event on LinkedIn with #LPbreakfast.\n\nLuxPE Events team", "en"),
    ("Carole Schmit", "carole.schmit@valdor-fo.example.lu", "TR: invitation LinkedIn de M. Pennington",
     "Alex,\n\nje te transfère : Oliver Pennington (Ashgrove) t'a envoyé une invitation LinkedIn et a aussi appelé deux fois au standard.\n\nCarole", "fr"),
    ("Grégoire Wolff", "g.wolff@banque-alzette.example.lu", "Notre mandat obligataire",
     "Bonjour Alex,\n\nje me permets de reprendre par e-mail mon message LinkedIn : vous trouverez ci-joint la présentation du mandat.\n\nBien à vous,\nGrégoire Wolff", "fr"),
    ("PrivateMarkets Insight", "newsletter@pm-insight.example", "Secondaries: die Sicht der LPs",
     "Hallo Alex,\n\nunsere neue Analyse ist online. Folgen Sie uns auf LinkedIn für die wöchentlichen Updates.", "de"),
    ("Marie-Paule Wolter", "mp.wolter@famille-wolter.example.lu", "Conseil de famille – ordre du jour",
     "Bonjour Alex,\n\nvoici l'ordre du jour du conseil de famille de jeudi. Mon neveu demande s'il peut mentionner le family office sur son profil LinkedIn ; on en parle ?\n\nMarie-Paule", "fr"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage auf XING",
     "Hallo Alex,\n\nSven Reichert möchte sich mit Ihnen auf XING vernetzen. Sie sind bereits über LinkedIn verbunden.", "de"),
]


# ------------------------------------------------------------------------- checks and builder
def _check() -> None:
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "a name twice"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    for n in ERAS:
        assert n in names, n


_check()

HEADER = [f"# mailbot hundred-and-thirty-ninth development corpus (dev139). Generated by scripts/make_corpus_dev139.py (seed {SEED}); do not edit by hand.",
          "# Alex as investment director at a Luxembourg single family office: placement agents, private bankers, fintech and data vendors, "
          "founders asking for money, peer family offices sharing deal flow, conference organisers, recruiters, investment scams. "
          "French, German, Luxembourgish-flavoured German, English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev139", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
