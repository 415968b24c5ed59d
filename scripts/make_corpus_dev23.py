#!/usr/bin/env python3
"""Write mailbot's twenty-third, independent development corpus: tests/corpus/dev23/*.eml + expected.toml.

The angle: a German- and French-speaking inbox. The user Alex is a group controller in Zurich
whose company has subsidiaries in Linz (Austria) and Brussels/Liège (Belgium). LinkedIn's own
wording is mostly German or French, some English. The people write Swiss German-style High German
(no ß, "Grüezi", "Sali", "Merci vielmal", umlauts typed as ae/oe/ue on a French keyboard or left
out), Austrian German ("Servus", "Grüß Gott", "Jänner", "LG", titles, "eh"), formal Sie and casual
du; French from France, Belgium ("à tantôt", "une fois", "septante") and Romandy ("huitante",
"natel", "dîner" for lunch), with vous and tu; some English from expats and offshore sellers.
Their world: the Swiss controllers' association's Erfa groups, Swiss GAAP FER and IFRS,
pension-fund buy-ins and pillar 3a sellers, Treuhand offices, MWST/TVA, cross-border cash
pooling, transfer pricing CH/AT, S/4HANA migrations, consolidation software, Belgian auditors,
Austrian recruiters who print the salary, regional headhunters. Every scenario of the taxonomy
appears in German and in French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The user's headline, the endorsement skills, the job-alert titles,
cities and names of spoof-only people and PYMK suggestions, the InMail subjects and the pitches
that spoofs carry, and the languages of spoofs and other LinkedIn mail are swapped for this
inbox in this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev23.py              # writes tests/corpus/dev23
    python scripts/make_corpus_dev23.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260723

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Zurich controller's world (this process only)
RHEADLINE = {"en": "Group Controller at Limmat Industrie AG, Zurich", "de": "Konzerncontroller bei Limmat Industrie AG",
             "fr": "Contrôleur de groupe chez Limmat Industrie SA"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
SKILLS = {
    "en": ["Controlling", "IFRS", "Swiss GAAP FER", "Consolidation", "Budgeting", "SAP CO"],
    "de": ["Controlling", "Konzernrechnungslegung", "Swiss GAAP FER", "Budgetierung", "Kostenrechnung", "SAP CO"],
    "fr": ["Contrôle de gestion", "Consolidation", "Swiss GAAP RPC", "IFRS", "Budgétisation", "Comptabilité analytique"],
    "it": ["Controlling", "Consolidato", "IFRS", "Budget", "Contabilità analitica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.LANGS[:] = ["de", "fr", "en", "de", "fr"]
mc.CITY.update({"de": ["Zürich", "Basel", "Bern", "Winterthur", "Wien", "Linz"], "fr": ["Genève", "Lausanne", "Bruxelles", "Liège", "Fribourg", "Neuchâtel"],
                "en": ["Zurich", "Zug", "Basel", "Geneva", "Vienna", "Brussels"]})
mc.NAMES.update({
    "de": (["Reto", "Barbara", "Simon", "Corinne", "Adrian", "Regula", "Manuel", "Andrea", "Lukas", "Sandra", "Thomas", "Petra", "Michael", "Verena", "Dominik", "Evelyne"],
           ["Hafner", "Suter", "Kälin", "Grob", "Moser", "Aebischer", "Kuster", "Lüthi", "Wenger", "Pfister", "Brandner", "Auer", "Lechner", "Wimmer", "Egli"]),
    "fr": (["Céline", "Jérôme", "Valérie", "Grégory", "Mélanie", "Cédric", "Laetitia", "Bastien", "Séverine", "Arnaud", "Delphine", "Xavier"],
           ["Pittet", "Vuilleumier", "Maillard", "Dupuis", "Lhoest", "Renard", "Gobert", "Collard", "Rochat", "Monod", "Jaccard", "Bodart"]),
})
mc.COMPANIES["good"] = ["Zuger Metallbau AG", "Helvetic Foods AG", "Donautal Maschinenbau GmbH", "Vaudoise d'Industrie SA", "Limmat Benelux SA",
                        "Basler Pharma Logistik AG", "Tiroler Seilbahnen AG", "Imprimerie du Brabant"]
mc.COMPANIES["sales"] = ["ConsoPilot", "LedgerFlow", "SpesenApp", "FlexLease Suisse", "Vorsorge Plus GmbH", "FinTalents", "DataVista", "TresoLink"]
mc.HEADLINES["good"] = ["Leiter Controlling bei {co}", "Financial Controller | {co}", "Responsable consolidation chez {co}", "CFO at {co}",
                        "Leiterin Rechnungswesen | {co}", "Contrôleuse de gestion | {co}", "FP&A Manager at {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH at {co}", "Key Account Manager | {co}", "Business Developer chez {co}", "Vorsorge- und Finanzberater | {co}",
                         "Founder & CEO at {co}", "Responsable commercial Suisse romande | {co}"]
mc.JOBS[:] = [("Leiter/in Konzerncontrolling 80-100%", "Zuger Metallbau AG"), ("Contrôleur/euse de gestion industriel/le", "Vaudoise d'Industrie SA"),
              ("Financial Controller (m/w/d)", "Basler Pharma Logistik AG"), ("Head of FP&A", "Helvetic Foods AG"), ("Controller:in Werk Linz", "Donautal Maschinenbau GmbH")]
INMAIL_SALES = {"de": ["Kurze Frage", "Idee für Limmat", "15 Minuten?", "Ihr Monatsabschluss"], "fr": ["Petite question", "Une idée pour Limmat", "15 minutes ?", "Votre clôture"],
                "en": ["Quick question", "Idea for Limmat", "15 minutes?", "Your month-end"]}
for _l, _s in INMAIL_SALES.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi Alex, I shared the Q3 consolidation pack for Limmat Benelux with you. Sign in to open it before the deadline.",
           "Hello Alex, your pillar 3a account statement is ready. Please log in to confirm your details."],
    "de": ["Grüezi Alex, ich habe Ihnen die Revisionsunterlagen für den Jahresabschluss freigegeben. Bitte melden Sie sich hier an, um sie zu öffnen.",
           "Hallo Alex, die Rückerstattung der Verrechnungssteuer ist bereit. Bitte bestätigen Sie Ihre Bankverbindung über den Link."],
    "fr": ["Bonjour Alex, je vous ai partagé le fichier de clôture de Limmat Benelux. Connectez-vous pour le consulter avant jeudi.",
           "Bonjour, votre remboursement de TVA est en attente. Merci de confirmer vos coordonnées bancaires via le lien sécurisé."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Reto Brunner", "Leiter Controlling | Brunner Logistik AG | veb.ch Regionalgruppe Zürich", "Winterthur",
  ("inv", "Grüezi Herr Morgan, ich organisiere für die Regionalgruppe Zürich den nächsten Erfa-Anlass: Swiss GAAP FER oder IFRS im Mittelstand, "
          "12. März ab 17.30 bei uns in Winterthur, kostenlos, Apéro inkl. Für die Podiumsrunde suche ich noch Controller aus der Industrie. Hätten Sie Lust?"),
  ("rem",))
P("good_invitation", "fr", "Nathalie Dewaele", "Responsable comptabilité | Limmat Benelux SA", "Bruxelles",
  ("inv", "Bonjour Alex, je suis la nouvelle responsable compta chez Limmat Benelux depuis lundi. C'est moi qui reprends le reporting mensuel vers Zurich "
          "et le dossier IFRS 16 pour l'entrepôt de Liège. J'aurai sûrement deux ou trois questions avant la clôture. À tantôt à la call de jeudi !"))
P("good_invitation", "de", "Florian Pichler", "Leiter Rechnungswesen & Steuern | Donautal Maschinenbau GmbH", "Linz",
  ("inv", "Grüß Gott Herr Morgan, wir haben wie Sie eine Tochter in der Schweiz und raufen gerade mit der Verrechnungspreisdokumentation (Management Fees CH-AT). "
          "Ihren Artikel im Controller Magazin habe ich gelesen. Dürfte ich Ihnen eine kurze fachliche Frage stellen? Mag. F. Pichler"),
  ("rem",))
P("good_invitation", "fr", "Sandrine Rochat", "Experte-comptable diplômée | Formation continue, section romande", "Lausanne",
  ("inv", "Bonjour Monsieur Morgan, nous organisons le 4 novembre à Lausanne un séminaire gratuit, ouvert aux non-membres, sur le nouveau droit de la SA "
          "et le reporting non financier. 3 heures de formation continue attestées. Il reste quelques places, je me permets de vous inviter."),
  ("rem",))
P("good_invitation", "en", "Priya Raman", "Audit Senior Manager | Lindenhof Revision AG", "Zurich",
  ("inv", "Hi Alex, I'm taking over the year-end audit of Limmat Industrie from Thomas this cycle. It would be good to connect before the interim visit "
          "in October so we can agree the PBC list early and spare your team the usual last-minute requests. Looking forward to working with you."))


# =============================================================== default_invitation
P("default_invitation", "de", "Kevin Baumgartner", "Sales Manager | Industrie 4.0 | Digitalisierung", "St. Gallen", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Quentin Lambotte", "Business Developer | Fintech | Open to opportunities", "Namur", ("inv", NONOTE))
P("default_invitation", "de", "Sabrina Egger", "Personalberaterin Finance & Controlling", "Wien", ("inv", NONOTE), ("rem",))
P("default_invitation", "fr", "Jean-Marc Favre", "Conseiller en prévoyance | Assurances", "Fribourg", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Marco Schnyder", "Partner | Treuhand Schnyder & Imhof AG | Lohnbuchhaltung, MWST", "Brig",
  ("inv", "Guten Tag Herr Morgan, wir uebernehmen fuer KMU und Konzerntoechter die komplette Lohnbuchhaltung inkl. Quellensteuer und MWST-Abrechnung "
          "zu fixen Monatspauschalen. Viele Controller sind froh, wenn sie sich nicht mehr darum kuemmern muessen. Darf ich Ihnen unverbindlich eine Offerte machen?"))
P("sales_invitation", "fr", "Olivier Vandenbroucke", "Account Executive Benelux | ConsoPilot – logiciel de consolidation", "Louvain-la-Neuve",
  ("inv", "Bonjour Alex, je vois que Limmat a des filiales en Belgique et en Autriche. Encore des consolidations sur Excel ? ConsoPilot automatise les "
          "éliminations interco et la conversion CHF/EUR. Je vous propose une démo de 30 minutes, dites-moi quand ça vous arrange."),
  ("rem",))
P("sales_invitation", "de", "Dominik Hofer", "Finanzcoach für Führungskräfte | Vermögensaufbau & Vorsorge", "Salzburg",
  ("inv", "Servus Alex! Als Controller weißt du eh, wie wichtig ein sauberer Plan ist – nur beim eigenen Vermögen machen's die wenigsten. "
          "Ich zeig dir in 20 Min, wie du mit ETF-Sparplan und Fondspolizze steueroptimiert vorsorgst. Wann passt's dir? LG Dominik"))
P("sales_invitation", "fr", "Fabrice Nkemba", "Fondateur | FlexLease Suisse – leasing de flottes", "Genève",
  ("inv", "Bonjour, nous aidons les entreprises romandes et alémaniques à réduire de 15 à 20 % le coût de leur flotte grâce au leasing opérationnel. "
          "Êtes-vous la bonne personne pour en parler, ou pourriez-vous me mettre en relation avec votre responsable des achats ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Urs Gerber", "Gründer | CFO-Stamm Ostschweiz", "St. Gallen",
  ("inv", "Sali Alex, wir treffen uns einmal im Monat zum CFO-Stamm in St. Gallen: 8-10 Finanzchefs, Zmittag, offener Austausch über Budget, Personal, Banken. "
          "Kein Programm, keine Präsentationen. Es hätte noch Platz am Tisch – Interesse?"),
  ("msg", "Merci fürs Vernetzen! Vorab, damit du weisst mit wem du es zu tun hast: hauptberuflich bin ich unabhängiger Vorsorgeberater. Gerade Kaderleute "
          "verschenken bei der Pensionskasse (Einkauf, 1e-Plan) und der Säule 3a viel Geld. Ich mach dir gern eine Vorsorgeanalyse, hast du nächte Woche 45 Minuten?", (10, 30)),
  ("msg", "Hoi Alex, kurz wegen der Vorsorgeanalyse. Bis Ende Jahr lohnt sich ein PK-Einkauf steuerlich am meisten, drum eilts ein bisschen. "
          "Soll ich dir zwei Termine vorschlagen?", (7, 20)))
P("bait_and_switch_invitation", "fr", "Gaëtan Delvaux", "Animateur | Club des contrôleurs de gestion francophones", "Liège",
  ("inv", "Bonjour Alex, je lance un petit groupe d'échange entre contrôleurs de gestion de Belgique et de Suisse romande : on partage nos modèles de budget, "
          "nos galères de clôture, et on se voit en visio une fois par trimestre. Ça te dirait d'en être ?"),
  ("msg", "Merci d'avoir accepté ! Pour être transparent, le groupe est porté par mon cabinet, DataVista, qui développe des tableaux de bord Power BI "
          "pour les directions financières. Je peux te montrer notre pack « Clôture mensuelle » (à partir de 9.500 € HTVA). On se cale un créneau ?", (4, 15)))
P("bait_and_switch_invitation", "de", "Thomas Wallner", "SAP FI/CO Senior Berater | S/4HANA Finance", "Graz",
  ("inv", "Hallo Herr Morgan, kurze Frage unter Kollegen: Sie haben doch auch auf S/4HANA migriert? Wie haben Sie die Ergebnisrechnung gelöst, "
          "buchhalterisch oder kalkulatorisch? Bei uns wird das gerade heftig diskutiert. Würde mich über einen Austausch freuen."),
  ("msg", "Danke fürs Annehmen! Ehrlicherweise frage ich, weil wir als Beratungshaus genau solche Projekte begleiten. Für Ihre Töchter in Linz und Brüssel "
          "könnten wir einen Fast-Track-Rollout anbieten, Tagsatz 1.450 €. Hätten Sie Zeit für ein Kennenlerngespräch, gerne auch mit Ihrem CFO?"))
P("bait_and_switch_invitation", "fr", "Isabelle Perrenoud", "Conseillère fiscale | TVA & impôts des entreprises", "Neuchâtel",
  ("inv", "Bonjour Monsieur Morgan, j'ai rédigé un petit guide gratuit (PDF, 12 pages) sur la TVA suisse pour les groupes qui ont des filiales dans l'UE. "
          "Je l'envoie volontiers aux responsables finance de mon réseau, sans engagement. Je vous l'envoie ?"),
  ("msg", "Voici le guide comme promis. Si vous le souhaitez, mon bureau peut reprendre l'ensemble de vos décomptes TVA trimestriels ainsi que le contrôle "
          "des taux pour la Belgique et l'Autriche. Forfait dès CHF 1'800 par trimestre. Voulez-vous une offre détaillée ?", (2, 8)),
  ("msg", "Bonjour, je me permets de revenir vers vous au sujet de notre offre TVA. Il nous reste deux mandats disponibles pour le prochain trimestre.", (10, 25)))
P("bait_and_switch_invitation", "en", "Jason Whitaker", "Finance Leader | Connector | Zurich expat community", "Zurich",
  ("inv", "Hi Alex, fellow finance guy here, also an expat in Zurich. Always good to know other finance leaders in town. Let's connect!"),
  ("msg", "Thanks for accepting Alex! Quick one: I work with a lot of expat finance professionals on cross-border wealth planning (UK pensions, US tax, "
          "pillar 3a). Most are leaving money on the table. Happy to do a free review over coffee at Paradeplatz next week?"),
  ("msg", "Hi Alex, following up on my note. I have two slots left before the tax deadline, shall I send you my calendar link?", (6, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Lara Zürcher", "Masterstudentin Accounting & Finance | HSG", "St. Gallen",
  ("inm", "Umfrage Masterarbeit – 10 Minuten", "Grüezi Herr Morgan, ich schreibe meine Masterarbeit über Rolling Forecasts in Schweizer Industrieunternehmen "
          "und suche Controller, die einen kurzen Fragebogen (ca. 10 Min.) ausfüllen. Die Ergebnisse teile ich gerne mit allen Teilnehmenden. "
          "Wäre das für Sie möglich? Freundliche Grüsse, Lara Zürcher"),
  ("inm", "Ergebnisse Umfrage", "Vielen Dank fürs Mitmachen! Ich sollte noch erwähnen, dass ich neben dem Studium für PlanWerk arbeite, einen Anbieter von "
          "Planungssoftware. Die ausführlichen Benchmark-Ergebnisse stelle ich in einer 30-minütigen Demo unserer Forecast-Lösung vor. Passt Ihnen Dienstag oder Donnerstag?", (6, 20)))
P("bait_and_switch_inmail", "fr", "Antoine Mercier", "Directeur | Cercle des directeurs financiers franco-suisses", "Annecy",
  ("inm", "Invitation – table ronde à Genève", "Bonjour Alex, nous organisons chaque trimestre une table ronde gratuite à Genève entre DAF et contrôleurs de groupes "
          "franco-suisses. Prochaine édition : la gestion du risque de change CHF/EUR. Puis-je vous réserver une place ?"),
  ("inm", "Avant la table ronde", "Bonjour Alex, ravi de votre intérêt. En amont de la table ronde, je vous propose un appel avec notre partenaire FXOptima, "
          "qui met en place des couvertures de change sur mesure à des conditions négociées pour les membres du Cercle. Quel jour vous conviendrait ?"))
P("bait_and_switch_inmail", "de", "Bernhard Mayrhofer", "Controller | Host des Podcasts „Zahlen, bitte!“", "Wien",
  ("inm", "Podcast-Gast?", "Hallo Alex, ich mach nebenbei einen kleinen Podcast für Controller in Österreich und der Schweiz und würd dich gern als Gast einladen. "
          "Thema: Controlling von Konzerntöchtern, so wie du's mit Linz machst. Kost nix, einfach 40 Minuten plaudern. Hättest Lust?"),
  ("inm", "Podcast – Partnerpaket", "Super, dass du dabei bist! Damit wir die Folge produzieren können, bieten wir unseren Gästen das Partnerpaket an: "
          "Folge + Firmenlogo + Social-Media-Kampagne um 1.200 € netto. Die meisten zahlen das aus dem Marketingbudget. Soll ich die Rechnung direkt an die Firma schicken?"))
P("bait_and_switch_inmail", "fr", "Sophie Claessens", "Chargée de relations | Association des trésoriers d'entreprise", "Bruxelles",
  ("inm", "Question sur le cash pooling", "Bonjour Monsieur Morgan, je vois que votre groupe a une filiale belge. Nous préparons une étude sur le cash pooling "
          "transfrontalier et j'aurais deux ou trois questions à vous poser, si vous avez cinq minutes une fois. Merci d'avance !"),
  ("inm", "Suite à vos réponses", "Merci beaucoup pour vos réponses ! Comme beaucoup de groupes, vous semblez avoir du mal avec le cash pooling manuel. "
          "Notre partenaire TresoLink propose justement une plateforme de trésorerie centralisée. Je vous mets en contact avec leur commercial pour une démo ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Christoph Gruber", "Kostenrechner | Limmat Austria GmbH", "Linz",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} bestätigt, hast dir verdient 😉 Könntest mir im Gegenzug Kostenrechnung und SAP CO bestätigen? "
          "Ich bewirb mich intern auf die Teamleitung und HR schaut angeblich auf sowas. Danke dir, lg Christoph"))
P("endorse_me_back", "fr", "Manon Peeters", "Contrôleuse de gestion junior | En recherche active", "Mons",
  ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé pour {skill}, tu le mérites bien. Est-ce que tu pourrais me rendre la pareille pour Excel et Reporting ? "
          "Je cherche un nouveau job et mon profil est un peu vide… Merci mille fois !"))
P("endorse_me_back", "de", "Beat Zimmermann", "Treuhänder mit eidg. Fachausweis", "Luzern",
  ("end",), ("end",),
  ("msg", "Grüezi Herr Morgan, ich habe Ihre Kenntnisse in {skill} bestaetigt. Waeren Sie so freundlich, mir ebenfalls ein paar Kenntnisse zu bestaetigen "
          "(Rechnungswesen, MWST)? Das wuerde mir fuer die Akquisition sehr helfen. Besten Dank und freundliche Gruesse, Beat Zimmermann"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Patrick Wyss", "Verkaufsleiter | Büroeinrichtungen & Arbeitsplatzkonzepte", "Aarau",
  ("inv", "Guten Tag Herr Morgan, wir richten zur Zeit viele Finanzabteilungen mit höhenverstellbaren Arbeitsplätzen ein. Darf ich Ihnen unseren Katalog zeigen?"),
  ("rem",),
  ("inm", "Keine Antwort?", "Herr Morgan, ich habe Sie jetzt zweimal angefragt und Sie halten es nicht einmal für nötig zu reagieren. Das ist in der Schweiz "
          "eigentlich nicht üblich. Ich hoffe, Sie behandeln Ihre Lieferanten anständiger als Ihre Kontakte auf LinkedIn."))
P("hostility_after_decline", "fr", "Rémi Castagnet", "Consultant en transformation finance", "Lyon",
  ("inv", DEFAULT),
  ("inm", "Sans réponse", "Franchement Alex, ignorer une simple demande de connexion, c'est d'un mépris… On fait le même métier, je ne vous demandais pas la lune. "
          "Bonne continuation avec votre petit réseau fermé."))
P("hostility_after_decline", "de", "Harald Steiner", "Ing. | Geschäftsführer Steiner Consulting e.U. | Kostensenkung Produktion", "Klagenfurt",
  ("inv", "Sehr geehrter Herr Morgan, gerne würde ich mich mit Ihnen zum Thema Kostensenkung in der Fertigung austauschen."),
  ("rem",),
  ("inm", "Ihre Ablehnung", "Sehr geehrter Herr Morgan, dass Sie meine Kontaktanfrage ablehnen, nehme ich zur Kenntnis. Mit Verlaub: genau diese Arroganz "
          "in Konzernzentralen ist der Grund, warum die Kostenstrukturen so aussehen, wie sie aussehen. Hochachtungsvoll, Ing. H. Steiner"))
P("hostility_after_decline", "fr", "Kevin Dumont", "Commercial | Solutions d'impression & copieurs", "Charleroi",
  ("inv", NONOTE),
  ("inm", "??", "Sérieux ? T'as refusé ma demande ? Je voulais juste agrandir mon réseau, pas te vendre un rein. Les gens qui se croient au-dessus "
          "de tout le monde comme toi, ça m'énerve. Bonne journée quand même hein."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Stefan Meier", "Versicherungsberater | Unternehmensversicherungen KMU", "Zug",
  ("msg", "Hoi Alex, hab gesehen dass ihr in Linz und in Belgien produziert. Sind eure Betriebsunterbrechungs- und D&O-Versicherungen auf Gruppenebene "
          "abgestimmt? Ich mach dir gern einen kostenlosen Policen-Check mit Offerte."),
  ("msg", "Alex, du hast meine Nachricht gelesen und nicht geantwortet. Find ich schlicht unanständig. Man kann auch einfach \"nein danke\" schreiben. "
          "So macht man keine Geschäfte, weder in Zug noch sonst wo.", (5, 15)))
P("hostility_connection", "fr", "Laurent Bovet", "Fondateur | Bovet Recouvrement SA", "Lausanne",
  ("acc",),
  ("msg", "Merci d'avoir pensé à moi pour la mise en relation ! Au passage : vos débiteurs en retard, vous les relancez à l'interne ? Notre service de "
          "recouvrement travaille au succès, 8 % sur les montants encaissés. Je vous envoie notre brochure ?"),
  ("msg", "Vous m'ajoutez et ensuite vous ne répondez même pas à un message poli ? Drôle de façon de réseauter. Ne venez pas vous plaindre "
          "quand vos impayés exploseront."))
P("hostility_connection", "fr", "Didier Lejeune", "Formateur Excel & Power BI | Entreprises", "Wavre",
  ("msg", "Salut Alex, je donne des formations Excel avancé et Power BI en entreprise, en français ou en néerlandais. Pour ton équipe de Bruxelles "
          "je peux faire un prix de groupe. Intéressé ?"),
  ("msg", "Petite relance : il me reste deux dates libres en mars pour une formation Power BI sur site."),
  ("msg", "Bon, visiblement t'as pas le temps de répondre à quelqu'un qui essaie de t'aider. Tant pis. Tu m'excuseras mais c'est assez minable comme attitude."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Manuela Fuchs", "Key Account Managerin | ReiseWerk Business Travel", "Innsbruck",
  ("msg", "Hallo Alex, ich hoffe, es geht Ihnen gut! Ihre Kollegen aus Linz reisen ja öfter nach Zürich – mit unserem Firmenreise-Tool sparen Unternehmen "
          "im Schnitt 18 % Reisekosten. Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Guten Morgen Alex, nur eine kurze Nachfrage zu meinem Angebot. Aktuell gibt's außerdem drei Monate ohne Grundgebühr. "
          "Wann dürfen wir Ihnen das vorstellen?"))
P("connection_only_pitches", "fr", "Julie Marchal", "Business Developer | FinTalents – recrutement finance", "Paris",
  ("msg", "Bonjour Alex, nous accompagnons les groupes internationaux dans le recrutement de leurs profils finance (contrôleurs, consolideurs). "
          "Honoraires au succès. Avez-vous des besoins en ce moment à Bruxelles ou à Zurich ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nous avons trois contrôleurs bilingues FR/DE disponibles rapidement. Je vous envoie leurs CV anonymisés ? "
          "Nos conditions : 20 % du salaire annuel brut."),
  ("msg", "Alex, dernière relance de ma part, promis 🙂 Si le timing n'est pas bon, dites-moi quand revenir vers vous."))
P("connection_only_pitches", "de", "Daniel Keller", "Partner | Keller Immobilien Treuhand", "Zürich",
  ("msg", "Hoi Alex, wir vermitteln Renditeliegenschaften im Raum Zürich ab CHF 1,5 Mio., oft off-market. Für Kaderleute ein spannender Baustein "
          "der Altersvorsorge. Darf ich dich auf unsere Interessentenliste nehmen?"),
  ("msg", "Sali Alex, in Wädenswil ist grad ein 6-Familienhaus reingekommen, 3,9 % Bruttorendite, Seesicht. Soll ich dir die Doku schicken? "
          "Geht erfahrungsgemäss schnell weg."))


# =============================================================== single_pitch
P("single_pitch", "de", "Jasmin Kälin", "Inside Sales | SpesenApp", "Schwyz",
  ("msg", "Hallo Alex 👋 Spesenabrechnungen immer noch mit Papierquittungen? Mit unserer App fotografieren die Mitarbeitenden den Beleg, die MWST wird "
          "automatisch erkannt und alles landet in Abacus oder SAP. Magst du's dir in 15 Min anschauen?"))
P("single_pitch", "fr", "Yannick Chappuis", "Consultant | Optimisation des coûts énergétiques", "Sion",
  ("msg", "Bonjour Alex, avec la hausse du prix de l'électricité, nous aidons les entreprises industrielles à passer au marché libre et à renégocier "
          "leurs contrats. En moyenne huitante mille francs d'économie par site. Seriez-vous disponible pour un appel de 20 minutes la semaine prochaine ?"))
P("single_pitch", "fr", "Arjun Mehta", "Partner | Offshore Finance & Accounting Services", "Pune",
  ("msg", "Hello Alex, hope you are doing well. We provide dedicated offshore accountants for European groups, AP/AR and month-end support at 60% lower cost. "
          "Would you be open to a quick call to explore if this fits Limmat?"), nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Katharina Leitner", "Leiterin Controlling | Limmat Austria GmbH", "Linz",
  ("msg", "Hallo Alex, wie besprochen hab ich dir unser neues Kostenstellen-Mapping für die Konsolidierung in den Sharepoint-Ordner \"Budget\" gelegt. "
          "Die Abweichungen zu Zürich sind gelb markiert. Wenn's passt, gehen wir's nächste Woche gemeinsam durch. Liebe Grüße aus Linz, Kathi"),
  ("msg", "Kurzer Nachtrag: die Jänner-Zahlen sind jetzt auch drin, die IT-Umlage war doppelt verbucht – ist korrigiert. Danke für deinen Hinweis!", (3, 12)))
P("connection_brings_value", "en", "Pierre-Yves Lambert", "CFO | Brasserie du Hainaut SA", "Tournai",
  ("end",),
  ("msg", "Salut Alex, je repensais à notre discussion sur votre projet de centre de services partagés. Je t'ai mis en copie d'un mail avec Ann Verhoeven, "
          "qui a monté celui de son ancien groupe à Bruxelles. Elle est d'accord de t'en parler, c'est une ancienne collègue à moi. Tiens-moi au courant !"), nl="fr")
P("connection_brings_value", "de", "Monika Ammann", "Präsidentin Regionalgruppe Zürich | Controllerin", "Zürich",
  ("msg", "Salü Alex, nochmals merci für dein Referat am Erfa-Abend, die Rückmeldungen waren super. Die Folien aller Referenten und die Teilnehmerliste "
          "hab ich dir per Mail geschickt. Übrigens: der Herbstkurs \"Controlling für Nicht-Controller\" ist für Referenten gratis und wird als Weiterbildung angerechnet."))
P("connection_brings_value", "fr", "Claire Monnier", "Responsable consolidation | Vaudoise d'Industrie SA", "Lausanne",
  ("msg", "Bonjour Alex, suite à notre échange au séminaire, voici le lien vers le fichier de contrôle des éliminations interco dont je vous parlais. "
          "Il est anonymisé, faites-en ce que vous voulez. Si vous passez à Lausanne, on peut aussi comparer nos calendriers de clôture autour d'un café."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Andrea Bachmann", "Partnerin | Executive Search Finance | Bachmann & Partner", "Zürich",
  ("inm", "Head of Controlling (m/w/d) – Zentralschweiz", "Grüezi Herr Morgan, im Auftrag eines kotierten Industrieunternehmens in der Zentralschweiz suche ich "
          "eine/n Head of Controlling (Mitglied der erweiterten GL, Team von 12 Personen, Umstellung von Swiss GAAP FER auf IFRS). Ihr Profil passt auffallend gut. "
          "Hätten Sie Zeit für ein vertrauliches Gespräch? Freundliche Grüsse, Andrea Bachmann"))
P("stranger_inmail_recruiter", "fr", "Thomas Jacobs", "Talent Acquisition Lead | Lumière Pharma SA", "Braine-l'Alleud",
  ("inm", "Poste de Financial Controller – Brabant wallon", "Bonjour Alex, je recrute pour notre site de Braine-l'Alleud un Financial Controller bilingue FR/EN, "
          "idéalement avec de l'allemand. CDI, rattachement direct au CFO Benelux, voiture de société. Je sais que vous êtes en Suisse, mais votre parcours "
          "avec la filiale belge m'a interpellé. Ouvert à en discuter ?"))
P("stranger_inmail_recruiter", "de", "Elisabeth Mair", "Recruiting Finance | Donauwerke Energie AG", "Wien",
  ("inm", "CFO-Stellvertretung Wien", "Sehr geehrter Herr Morgan, für unsere Konzernzentrale in Wien suchen wir eine:n stellvertretende:n CFO mit Schwerpunkt "
          "Konzerncontrolling. Das Mindestgehalt laut KV liegt bei 78.000 € brutto p.a., wir bieten deutlich mehr je nach Qualifikation. "
          "Darf ich Ihnen die Stellenbeschreibung schicken?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tobias Rüegg", "Account Executive DACH | LedgerFlow", "Zürich",
  ("inm", "Monatsabschluss in 3 Tagen?", "Hallo Alex, ich sehe, du bist Konzerncontroller bei Limmat. Wie lange dauert euer Monatsabschluss über drei Länder? "
          "Unsere Kunden schaffen mit LedgerFlow den Close in 3 Arbeitstagen. Hast du nächste Woche 20 Minuten für eine kurze Demo?"),
  ("inm", "Re: Monatsabschluss", "Hi Alex, wollte nur sichergehen, dass meine Nachricht nicht untergegangen ist. Wie wär's mit Donnerstag 14 Uhr?"), nl="de")
P("stranger_inmail_sales", "fr", "Camille Roux", "Chargée d'affaires | Affacturage PME", "Genève",
  ("inm", "Votre BFR", "Bonjour Alex, vos clients belges paient-ils à plus de 60 jours ? Notre solution d'affacturage vous permet d'encaisser vos factures sous 48 h. "
          "Puis-je vous appeler demain matin pour en parler ?"))
P("stranger_inmail_sales", "de", "Gerald Haas", "Vertrieb | Firmenfeiern & Incentives", "Wien",
  ("inm", "Weihnachtsfeier fürs Team Linz", "Grüß Gott! Planen Sie schon die Weihnachtsfeier für Ihr Team in Linz? Wir organisieren alles vom Heurigen bis zur "
          "Schihütte, Pauschalpreise ab 89 € pro Person. Darf ich Ihnen ein unverbindliches Angebot zusenden?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Roger Baumann", "Controller | Dozent Kostenrechnung HWZ", "Zürich",
  ("inv", "Hallo Alex, ich unterrichte Kostenrechnung an der HWZ und suche Praktiker, die einmal im Semester 90 Minuten aus dem Alltag erzählen. "
          "Honorar leider nur symbolisch, dafür sehr motivierte Studis. Darf ich dir die Details schicken?"),
  ("msg", "Danke Alex! Anbei der Semesterplan, du wärst am 14. Mai dran, Thema frei. Raum und Beamer sind reserviert, die Klasse freut sich."),
  ("msg", "Übrigens, ganz anderes Thema: neben der Lehre habe ich ein kleines Start-up, CostPilot, Kalkulationssoftware für KMU. Wäre das nichts für eure "
          "Tochter in Linz? Ich zeig's dir gern in einer Demo, Lizenz ab CHF 490 pro Monat.", (10, 30)))
P("good_turns_ugly", "fr", "Aurélie Stassart", "Contrôleuse de gestion | Candidate CMA", "Liège",
  ("inv", "Bonjour Alex, je travaille chez un fournisseur de Limmat Benelux et je prépare l'examen CMA, que vous avez passé je crois. Auriez-vous deux ou trois "
          "conseils pour la partie 2 ? Je peux aussi partager mes fiches de révision si quelqu'un de votre équipe s'y met."),
  ("msg", "Merci pour tes conseils, ça m'a vraiment aidée ! Comme promis, voici le lien vers mes fiches (Google Drive), n'hésite pas à les faire tourner dans ton équipe."),
  ("end",),
  ("msg", "Coucou Alex, petite faveur : tu pourrais me recommander pour Contrôle de gestion et Budget ? Je t'ai recommandé hier pour {skill}. "
          "J'ai un entretien la semaine prochaine 😅", (1, 4)))
P("good_turns_ugly", "de", "Lukas Brandstätter", "Treasury Manager | Cash Management CEE", "Wien",
  ("inv", "Hallo Alex, Katharina Leitner aus eurem Linzer Werk hat mir deinen Namen gegeben. Ich bau gerade ein Cash-Pooling CH/AT auf und sie meinte, ihr "
          "habt das vor zwei Jahren durchgezogen. Hättest du mal 20 Minuten für meine Fragen?"),
  ("msg", "Tausend Dank für das Gespräch gestern, echt hilfreich! Als kleines Dankeschön unsere Checkliste für Cash-Pool-Verträge nach österreichischem Recht, "
          "vielleicht hilft sie euch beim nächsten Review."),
  ("msg", "Hallo Alex, kleines Update: ich hab mich inzwischen selbstständig gemacht und berate Firmen beim Treasury-Setup. Für eure Belgien-Tochter wäre "
          "ein Cash-Pool-Health-Check sinnvoll, Pauschale 6.500 €. Sollen wir einen Termin ausmachen?", (30, 60)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Sandro Furrer", "Sales Director | ERP-Lösungen für KMU", "Baden",
  ("inm", "ERP-Ablösung?", "Hallo Herr Morgan, ist bei Limmat in den nächsten zwei Jahren eine ERP-Ablösung geplant? Wir sind Abacus- und SAP-Business-One-Partner "
          "und haben gerade ein attraktives Migrationspaket. Kurzer Call diese Woche?"),
  ("inv", "Grüezi Herr Morgan, ich würde mich freuen, mit Ihnen vernetzt zu sein, wir bewegen uns ja in ähnlichen Kreisen im Zürcher Finanzumfeld. "
          "Beste Grüsse, Sandro Furrer"), nl="de")
P("reinvite_known_bad", "fr", "Émilie Chabert", "Conseillère en gestion de patrimoine | Frontaliers", "Annemasse",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, j'organise un afterwork gratuit à Genève pour les cadres financiers frontaliers le 21 juin, sur la fiscalité des frontaliers. "
          "Ce serait un plaisir de vous y voir !"))
P("reinvite_known_bad", "fr", "Jonathan Vermeulen", "Account Manager | Cartes carburant & mobilité", "Gand",
  ("inv", "Bonjour Alex, vos commerciaux en Belgique roulent beaucoup ? Nos cartes carburant donnent 6 cents de remise par litre avec une seule facture. "
          "Je vous envoie une offre ?"),
  ("rem",),
  ("inv", "Bonjour Alex, je serais ravi de faire partie de votre réseau. Bonne journée !"))
P("reinvite_known_bad", "de", "Melanie Strobl", "Vertriebsleiterin | Betriebliche Vorsorge Österreich", "Graz",
  ("inv", NONOTE),
  ("inv", "Liebe Grüße aus Graz! Wir haben gemeinsame Kontakte im Linzer Werk, vielleicht sehen wir uns beim Controllertag in Wien. Freu mich auf die Vernetzung."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Marcel Studer", "Inhaber | Studer Prozessberatung GmbH", "Olten",
  ("inv", "Guten Tag, ich unterstütze Finanzabteilungen beim Optimieren ihrer Prozesse. Vernetzen?"),
  ("inm", "Nachgefragt", "Herr Morgan, offenbar sind Sie sich zu fein, eine Anfrage anzunehmen. Ich wünsche Ihnen viel Glück mit Ihrer Karriere, "
          "Sie werden es mit dieser Haltung brauchen."),
  ("inv", "Grüezi Herr Morgan, neuer Versuch: ich würde mich gerne mit Ihnen vernetzen, um mich über Controlling-Themen auszutauschen. Freundliche Grüsse"))
P("reinvite_known_ugly", "fr", "Nadia Berset", "Coach carrière pour cadres financiers", "Yverdon-les-Bains",
  ("inm", "Votre avis de praticien ?", "Bonjour Alex, je prépare un atelier sur l'évolution du métier de contrôleur de gestion et j'aimerais recueillir l'avis "
          "de quelques praticiens romands. Auriez-vous 10 minutes pour un échange ?"),
  ("inm", "Suite à notre échange", "Merci pour votre temps ! En vous écoutant, je me suis dit que mon programme de coaching « Du contrôleur au CFO » "
          "(6 séances, CHF 2'400) serait parfait pour vous. On en parle ?"),
  ("inv", "Bonjour Alex, ravie d'avoir échangé l'an passé. Je vous propose de rester en contact ici."))
P("reinvite_known_ugly", "de", "Wolfgang Reiter", "Unternehmensberater | Restrukturierung & Sanierung", "Wien",
  ("inv", NONOTE),
  ("inm", "Unfassbar", "Ich schreibe Ihnen, weil Sie meine Anfrage einfach ignorieren. Ein Mindestmaß an Höflichkeit könnte man von einem \"Controller\" "
          "schon erwarten. Aber gut, typisch."),
  ("inv", "Sehr geehrter Herr Morgan, ich lade Sie herzlich zu unserem kostenlosen Frühstücksseminar \"Restrukturierung bei hohen Zinsen\" in Wien ein."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Patricia Bühler", "Kundenberaterin Firmenkunden | Kantonalbank", "Zürich",
  ("acc",),
  ("msg", "Hallo Alex, merci für die Vernetzung! Da ihr auch in Euro fakturiert: wir haben zur Zeit sehr gute Konditionen für Devisentermingeschäfte "
          "und ein Fremdwährungskonto ohne Kontoführungsgebühr. Darf ich dir ein Angebot zukommen lassen?"))
P("user_invited_pitch_once", "fr", "Frédéric Wauters", "Associé | Wauters & Co, réviseurs d'entreprises", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Puisque nous sommes connectés : notre cabinet réalise le contrôle légal de filiales belges de groupes suisses, "
          "à des honoraires souvent 20 % inférieurs aux grands cabinets. Si le mandat de Limmat Benelux est remis en concurrence, pensez à nous !"))
P("user_invited_pitch_once", "de", "Mark Jennings", "Regional Director | Multi-country payroll EMEA", "London",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Since you run finance across CH, AT and BE, payroll in three countries must be a headache. We handle multi-country "
          "payroll with one contract and one report. Worth a 20-min intro call?"), nl="en")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Kogler", "Business Development | Belegerfassung & Rechnungsworkflow", "Linz",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wir digitalisieren Eingangsrechnungen mit 98 % Erkennungsrate, direkt ins SAP gebucht. Für Limmat Austria "
          "könnte ich dir ein Pilotprojekt zum Sonderpreis anbieten. Interesse?"),
  ("msg", "Hallo Alex, ich darf mich nochmals melden – unser Pilotangebot gilt noch bis Monatsende. Soll ich dir die Unterlagen schicken?"))
P("user_invited_pitch_twice", "fr", "Sébastien Lacroix", "Directeur commercial | Notes de frais & cartes corporate", "Lyon",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour la connexion ! Je vois que vous gérez plusieurs entités : notre solution de notes de frais gère la TVA suisse, belge "
          "et autrichienne et s'intègre à SAP. On en parle 15 minutes cette semaine ?"),
  ("msg", "Re-bonjour Alex, je reviens vers vous : nous offrons les frais de mise en place jusqu'à fin septembre. Un créneau mardi ou mercredi ?"))
P("user_invited_pitch_twice", "de", "Nicole Frei", "Beraterin | Lean Finance & Prozessoptimierung", "Bern",
  ("acc",),
  ("msg", "Hallo Alex, freut mich, dass wir jetzt vernetzt sind. Wir helfen Finanzabteilungen, den Abschluss um 30-40 % zu beschleunigen. "
          "Hast du Lust auf einen unverbindlichen Quick-Check? Dauert einen halben Tag vor Ort."),
  ("msg", "Hoi Alex, ich wollte nochmals nachfragen wegen dem Quick-Check. Wir haben im Oktober noch zwei Termine frei, Kostenpunkt CHF 2'900 pauschal."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Martin Schürch", "Leiter Finanzen | Zuger Metallbau AG", "Zug",
  ("acc",),
  ("msg", "Merci für die Anfrage, Alex! Wie am Apero versprochen, hier der Link zu unserem Template für die rollierende 18-Monats-Planung. Wir nutzen es "
          "seit drei Jahren, ist frei verwendbar. Und wenn du mal sehen willst, wie wir das im Lenkungsausschuss zeigen, komm einfach in Zug vorbei."))
P("user_invited_value", "fr", "Catherine Dufour", "Professeure de contrôle de gestion | HEC Liège", "Liège",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme convenu, je vous envoie le programme de notre journée d'étude sur le contrôle de gestion dans les groupes "
          "multinationaux (15 mars, entrée gratuite pour les praticiens). Vous seriez le bienvenu au panel de l'après-midi, si ça vous dit."))
P("user_invited_value", "de", "Joël Rossier", "Contrôleur de gestion | Industrie horlogère", "Genève",
  ("acc",),
  ("msg", "Salut Alex, merci pour la connexion ! J'ai reparlé avec mon chef : on organise une visite de notre usine à Plan-les-Ouates pour l'Erfa-Gruppe "
          "en mai, ouverte aux collègues d'autres entreprises. Je t'inscris si tu veux, c'est gratuit bien sûr. On peut dîner ensemble après."), nl="fr")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Sarah Huber", "Controllerin | Tiroler Seilbahnen AG", "Innsbruck", ("acc",))
P("acceptance_only", "fr", "Benoît Lefebvre", "Directeur financier | Imprimerie du Brabant", "Nivelles", ("acc",))
P("lone_endorsement", "de", "Ueli Hofstetter", "Ehemaliger Arbeitskollege | Controller SBB", "Bern", ("end",))
P("lone_endorsement", "fr", "Anne-Sophie Gillet", "Comptable | Limmat Benelux SA", "Bruxelles", ("end",))


# =============================================================== more voices (regional registers, umlauts, typos)
P("good_invitation", "fr", "Loïc Maillard", "Contrôleur de gestion | Alumni HEC Lausanne", "Lausanne",
  ("inv", "Salut Alex ! On était dans la même volée du master à Dorigny, je ne sais pas si tu te souviens de moi. On organise les 10 ans de la volée "
          "en septembre, souper à Ouchy, chacun paie sa part. Ça serait sympa de te revoir !"),
  ("rem",))
P("endorse_me_back", "fr", "Valérie Jaccard", "Comptable indépendante | Fiduciaire", "Fribourg",
  ("end",),
  ("msg", "Bonjour Alex, j'ai validé votre compétence en {skill}, avec plaisir. Si vous avez une minute, pourriez-vous faire de même pour moi "
          "(Comptabilité, Fiscalité) ? Je me mets à mon compte et chaque recommandation compte. Merci beaucoup et belle journée !"))
P("stranger_inmail_recruiter", "en", "Sarah O'Neill", "Finance Director | Hiring for my team | Helvetic Foods AG", "Basel",
  ("inm", "Group Reporting Lead – my team in Basel", "Hi Alex, I'm the Finance Director at Helvetic Foods and I'm hiring a Group Reporting Lead to run our "
          "consolidation across 14 entities (Swiss GAAP FER, moving to IFRS in two years). German and French both help. Salary band CHF 150-170k. "
          "Would you be open to a coffee?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Katharina Leitner", "katharina.leitner@limmat-austria.example.at", "Budget – Kostenstellen-Mapping Linz",
     "Hallo Alex,\n\nhab dir das Mapping auch noch auf LinkedIn geschrieben, aber sicherheitshalber hier nochmal: Datei liegt im Sharepoint unter Budget.\n\nLG Kathi", "de"),
    ("XING", "mail@xing.example.com", "Neue Kontaktanfrage von Reto Suter",
     "Hallo Alex Morgan,\n\nReto Suter möchte sich mit Ihnen auf XING vernetzen. Tipp: Importieren Sie Ihre Kontakte aus LinkedIn, um Ihr Netzwerk zu vervollständigen.", "de"),
    ("veb.ch Regionalgruppe Zürich", "zuerich@veb.example.ch", "Einladung Erfa-Anlass: Swiss GAAP FER oder IFRS?",
     "Liebe Mitglieder\n\nunser nächster Erfa-Anlass findet am 12. März in Winterthur statt. Anmeldung über die Website. Folgen Sie uns auch auf LinkedIn für Fotos und Unterlagen.\n\nFreundliche Grüsse\nDer Vorstand", "de"),
    ("HR Limmat Industrie", "hr@limmat-industrie.example.ch", "Richtlinie Social Media für Kadermitarbeitende",
     "Liebe Kolleginnen und Kollegen\n\nbitte beachten Sie die aktualisierte Richtlinie: Auf LinkedIn dürfen keine vertraulichen Finanzzahlen vor der Publikation geteilt werden.\n\nHR Zürich", "de"),
    ("Nathalie Dewaele", "nathalie.dewaele@limmat-benelux.example.be", "Reporting août – deux questions",
     "Bonjour Alex,\n\nje t'ai envoyé une demande de connexion sur LinkedIn, mais voici mes questions par mail : 1) le taux CHF/EUR de clôture, 2) le traitement du bail de Liège.\n\nÀ tantôt,\nNathalie", "fr"),
    ("Formation continue romande", "formation@experts-romands.example.ch", "Votre attestation de formation continue",
     "Bonjour Monsieur Morgan,\n\nvous trouverez ci-joint votre attestation pour le séminaire du 4 novembre (3 heures). Partagez votre participation sur LinkedIn si vous le souhaitez.", "fr"),
    ("Laurence Pittet", "l.pittet@pittet-search.example.ch", "Mandat confidentiel – Direction financière, Arc lémanique",
     "Bonjour Monsieur Morgan,\n\nj'ai trouvé votre profil sur LinkedIn. Je mène un mandat confidentiel pour une direction financière dans l'Arc lémanique. Seriez-vous disponible pour un échange téléphonique ?", "fr"),
    ("Thomas Egli", "thomas.egli@limmat-industrie.example.ch", "Fwd: Patrick Wyss möchte sich mit Ihnen vernetzen",
     "Hoi Alex\n\nkennst du den? Der hat mich auch auf LinkedIn angefragt und dann gleich einen Katalog geschickt. Ich hab ignoriert.\n\nGruess Thomas", "de"),
    ("Zurich Finance Meetup", "hello@zurich-finance-meetup.example", "This Thursday: FP&A drinks at Kreis 5",
     "Hi Alex,\n\nreminder: FP&A drinks this Thursday from 18:30. Join our LinkedIn group to see who's coming.\n\nCheers,\nthe organisers", "en"),
    ("Chambre de commerce Belgique-Suisse", "info@ccbs.example.be", "Réception du Nouvel An – invitation",
     "Madame, Monsieur,\n\nnous avons le plaisir de vous inviter à notre réception du Nouvel An à Bruxelles. Les photos seront publiées sur notre page LinkedIn.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-third development corpus (dev23). Generated by scripts/make_corpus_dev23.py (seed {SEED}); do not edit by hand.",
          "# A German- and French-speaking inbox: Alex as a group controller in Zurich with Austrian and Belgian subsidiaries; notes in Swiss and "
          "Austrian German, French from France, Belgium and Romandy, some English. Same format as tests/corpus/dev."]


def _check() -> None:
    """Invitation notes stay within LinkedIn's 300 characters; every scenario has a German and a French writer."""
    langs: dict[str, set[str]] = {}
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        langs.setdefault(scenario, set()).add(nl)
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    missing = {s: v for s, v in langs.items() if not {"de", "fr"} <= v}
    assert not missing, missing


if __name__ == "__main__":
    _check()
    main(__doc__, "dev23", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
