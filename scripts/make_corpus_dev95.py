#!/usr/bin/env python3
"""Write mailbot's ninety-fifth, independent development corpus: tests/corpus/dev95/*.eml + expected.toml.

The angle: the user Alex is head of compliance at a private bank in Geneva with offices in
Zurich and Lugano. Their LinkedIn world: regtech and KYC vendors (screening, transaction
monitoring, video identification, policy management, adverse media), law firms that brief for
free or pitch mandates, compliance trainers (free updates with CPD hours against paid
e-learning licences), headhunters with a real CCO search against staffing agencies, peer
compliance officers who share regulator guidance, working-group notes and fraud warnings,
FINMA-style consultants (gap analyses, mock inspections, interim mandates), journalists, and
scammers posing as clients who want an account opened against a "facilitation fee". Written
in Swiss French, Swiss German (no sharp s), Ticino Italian and English, mostly very formal.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the names and
cities of spoof-only people and suggestions, the job alerts, LinkedIn's own newsletters and
news, and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev95.py              # writes tests/corpus/dev95
    python scripts/make_corpus_dev95.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260995

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Geneva private bank's compliance world (this process only)
SKILLS = {
    "en": ["Regulatory Compliance", "Anti Money Laundering", "KYC", "Financial Regulation", "Sanctions Compliance", "Risk Management"],
    "fr": ["Conformité réglementaire", "Lutte anti-blanchiment", "KYC", "Réglementation bancaire", "Sanctions internationales"],
    "de": ["Compliance", "Geldwäschereibekämpfung", "KYC", "Finanzmarktregulierung", "Sanktionen"],
    "it": ["Compliance normativa", "Antiriciclaggio", "KYC", "Regolamentazione finanziaria", "Sanzioni internazionali"],
    "es": ["Cumplimiento normativo", "Prevención del blanqueo", "KYC", "Regulación financiera", "Sanciones"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Head of Compliance at Banque Lémanique Privée | Geneva · Zurich · Lugano",
    "fr": "Responsable Compliance chez Banque Lémanique Privée | Genève · Zurich · Lugano",
    "de": "Head of Compliance bei Banque Lémanique Privée | Genf · Zürich · Lugano",
    "it": "Responsabile Compliance presso Banque Lémanique Privée | Ginevra · Zurigo · Lugano",
    "es": "Responsable de Cumplimiento en Banque Lémanique Privée | Ginebra · Zúrich · Lugano",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "de", "it", "en", "fr"]   # spoofs and other LinkedIn mail: the three Swiss languages and English
mc.CITY.update({"fr": ["Genève", "Lausanne", "Neuchâtel", "Fribourg", "Sion", "Nyon"],
                "de": ["Zürich", "Basel", "Bern", "Zug", "Luzern", "St. Gallen"],
                "it": ["Lugano", "Bellinzona", "Locarno", "Chiasso", "Mendrisio", "Milano"],
                "en": ["Zurich", "Geneva", "London", "Luxembourg", "Dublin", "Singapore"]})
mc.NAMES.update({
    "fr": (["Anne-Laure", "Jacques", "Mireille", "Valentin", "Corinne", "Philippe", "Sandra", "Raymond", "Estelle", "Gilles", "Aurélien", "Solange"],
           ["Rossier", "Pillonel", "Chatton", "Jordan", "Dessimoz", "Python", "Clerc", "Gremaud", "Bochud", "Tercier", "Mettraux", "Cornu"]),
    "de": (["Urs", "Regula", "Hanspeter", "Claudia", "Simon", "Brigitte", "Remo", "Fabienne", "Christian", "Yvonne", "Adrian", "Priska"],
           ["Hofstetter", "Kälin", "Bachofen", "Gubler", "Imhof", "Rüttimann", "Schürch", "Wälti", "Zemp", "Vonlanthen", "Kuster", "Egger"]),
    "it": (["Mauro", "Tiziana", "Sandro", "Roberta", "Gianni", "Lorena", "Michele", "Cinzia", "Emanuele", "Katia", "Sergio", "Monica"],
           ["Guidotti", "Pellanda", "Tognola", "Quadranti", "Mombelli", "Riva", "Lafranchi", "Moccetti", "Zanetti", "Storni", "Pagani", "Canonica"]),
    "en": (["Alistair", "Joanna", "Peter", "Lucy", "Nigel", "Harriet", "Dominic", "Kate", "Martin", "Sophie", "Graham", "Alice"],
           ["Whitby", "Marsh", "Calloway", "Denholm", "Pryce", "Hartley", "Ainsworth", "Maitland", "Fenwick", "Goodall", "Rowe", "Carver"]),
})
mc.JOBS[:] = [("Compliance Officer 80–100 %", "Banque Rhodanienne SA"), ("Head of AML & Sanctions", "Zürcher Vermögensbank AG"),
              ("Responsabile Compliance succursale", "Banca Ceresio Privata SA"), ("Chief Compliance Officer", "Helvetic Wealth Partners"),
              ("Senior KYC Analyst (m/w/d)", "Bank am Limmat AG")]
mc.COMPANIES["good"] = ["Banque Rhodanienne", "Zürcher Vermögensbank", "Banca Ceresio Privata", "Université de Genève", "Universität Luzern",
                        "ACAMS Switzerland Chapter", "Groupement des Compliance Officers romands", "Bank am Limmat"]
mc.COMPANIES["sales"] = ["VeriPass KYC", "ClearLedger", "ScreenSafe", "RegDocs", "KYCforce", "SanctionGrid", "Conformis Formation", "ChainSentry"]
mc.HEADLINES["good"] = ["Compliance Officer chez {co}", "Head of Compliance at {co}", "Responsabile Antiriciclaggio presso {co}",
                        "Leiterin Legal & Compliance bei {co}", "KYC Analyst at {co}", "Chargé de cours en droit bancaire, {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Development Switzerland | {co}", "Founder & CEO at {co}",
                         "Helping private banks onboard faster | {co}", "Sales Director DACH at {co}"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Petite question", "Votre dispositif LBA", "Une idée pour votre banque", "15 minutes ?", "Partenariat"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihr Screening", "Idee für Ihre Bank", "15 Minuten?", "Zusammenarbeit"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Il vostro KYC", "Un'idea per la banca", "15 minuti?", "Collaborazione"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your onboarding times", "An idea for your bank", "15 minutes?", "Partnership"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"head of compliance\"", "Your job alert for head of compliance in {city}"),
               news="Is Switzerland's transparency register finally coming?", group="Top conversations in Swiss AML & Compliance Professionals",
               newsletter="Financial Crime Weekly: what the latest sanctions package means for wealth managers"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable compliance »", "Votre alerte emploi pour responsable compliance à {city}"),
               news="La place financière genevoise face aux nouvelles sanctions", group="Meilleures discussions dans Compliance Officers de Suisse romande",
               newsletter="Carnet LBA : l'arrière-plan économique, mode d'emploi"),
    "de": dict(job=("{n} neue Jobs für „Compliance Officer“", "Ihr Jobalarm für Compliance Officer in {city}"),
               news="Wie viel Aufsicht verträgt der Finanzplatz?", group="Top-Unterhaltungen in Compliance & Geldwäschereiprävention Schweiz",
               newsletter="Compliance-Briefing: Die Risikoanalyse nach GwG richtig aufsetzen"),
    "it": dict(job=("{n} nuove offerte per «compliance officer»", "La tua segnalazione di lavoro per compliance officer a {city}"),
               news="Il Ticino bancario dieci anni dopo il segreto", group="Conversazioni principali in Compliance Svizzera italiana",
               newsletter="Quaderni di compliance: le regole transfrontaliere verso l'Italia"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                       "nodkim", "buried", "display:outlook.com"]
SPOOF_PITCH = {
    "en": ["Dear {first}, a confidential supervisory document has been shared with you through LinkedIn Secure Docs. Please sign in within 24 hours to view it.",
           "Hello {first}, I need to open an account for a client urgently and have uploaded the KYC file. Log in to review and confirm today."],
    "fr": ["Bonjour {first}, un document de contrôle confidentiel vous a été transmis. Merci de vous identifier sous 24 heures pour le consulter.",
           "Bonjour {first}, je vous ai partagé le dossier KYC d'un nouveau client. Connectez-vous pour le valider avant ce soir."],
    "de": ["Grüezi {first}, Ihnen wurde ein vertrauliches Aufsichtsdokument freigegeben. Bitte melden Sie sich innert 24 Stunden an, um es einzusehen.",
           "Guten Tag {first}, ich habe Ihnen die KYC-Unterlagen eines Neukunden hochgeladen. Bitte anmelden und heute noch freigeben."],
    "it": ["Buongiorno {first}, Le è stato condiviso un documento riservato dell'autorità di vigilanza. Acceda entro 24 ore per consultarlo.",
           "Buongiorno {first}, le ho caricato il dossier KYC di un nuovo cliente. Acceda per approvarlo entro oggi."],
    "es": ["Hola {first}, se le ha compartido un documento confidencial de supervisión. Inicie sesión en 24 horas para verlo.",
           "Hola {first}, te he subido el expediente KYC de un cliente nuevo. Inicia sesión para validarlo hoy."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sylvie Dumoulin", "Responsable Compliance | Crédit Rhodanien SA", "Lausanne",
  ("inv", "Bonjour Alex Morgan, comment documentez-vous l'arrière-plan économique des transactions inhabituelles depuis les dernières attentes de la FINMA ? "
          "Je réunis quatre responsables romands en mars, à huis clos et sans prestataires, pour comparer nos pratiques. Vous joindriez-vous à nous ?"),
  ("rem",))
P("good_invitation", "de", "Reto Hürlimann", "Dozent Sanktionen & Embargos | Weiterbildung Finanzplatz Zürich", "Zürich",
  ("inv", "Grüezi Alex Morgan. Am 14. Mai gebe ich in Zürich ein kostenloses Update zu den jüngsten SECO-Sanktionspaketen, zwei Stunden, mit "
          "SAQ-anerkannter Weiterbildungsbestätigung. Einige Plätze halte ich für Compliance-Verantwortliche von Privatbanken frei. Darf ich Sie einladen?"))
P("good_invitation", "it", "Silvia Poretti", "Redattrice economica | La Gazzetta del Ceresio", "Lugano",
  ("inv", "Buongiorno, preparo un approfondimento sulla piazza finanziaria luganese dieci anni dopo la fine del segreto bancario verso l'Italia. "
          "Mi interesserebbe il punto di vista di chi fa compliance, anche in forma anonima. Avrebbe mezz'ora nelle prossime settimane?"),
  ("rem",))
P("good_invitation", "en", "Helen Ashcroft", "Partner, Financial Services Regulatory | Ashcroft Lindqvist LLP", "Geneva",
  ("inv", "Dear Alex, our Geneva office is holding a briefing (free of charge, 8:00-9:30 on 12 March) on the transparency register and the amended "
          "AML Act, with a speaker from the federal administration. There is no pitch, and it counts for 1.5 CPD hours. We would be glad to see you there."))
P("good_invitation", "fr", "Christophe Zufferey", "Associé | Zufferey & Rey Executive Search – Banque privée", "Genève",
  ("inv", "Bonjour Alex Morgan, je conduis pour une banque privée zurichoise la recherche de son Chief Compliance Officer, membre de la direction "
          "générale. Mandat exclusif et confidentiel. Votre parcours correspond de près au profil ; accepteriez-vous un premier échange téléphonique ?"))
P("good_invitation", "it", "Davide Lepori", "Compliance Officer | Banca della Collina SA", "Lugano",
  ("inv", "Gentile Alex Morgan, coordino il gruppo di lavoro sulle regole transfrontaliere verso l'Italia. Abbiamo una nota comune sulle visite ai "
          "clienti residenti in Italia che Le invierei volentieri, e saremmo lieti di averLa alla prossima riunione a Lugano. Cordiali saluti"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Yves Berthoud", "Conseiller clientèle privée | Gestion de fortune indépendante", "Genève", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sibylle Fankhauser", "Sales Director DACH | RegTech | AML Screening", "Zug", ("inv", NONOTE))
P("default_invitation", "it", "Igor Cavadini", "Consulente previdenza e assicurazioni", "Mendrisio", ("inv", DEFAULT))
P("default_invitation", "en", "Aaron Feldman", "Financial Crime Consultant | Open to new opportunities", "London", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Liam Costigan", "Enterprise Account Executive | VeriPass KYC", "London",
  ("inv", "Hi Alex, several Swiss private banks now onboard wealth clients in four days instead of three weeks with our perpetual KYC engine, "
          "audit trail included. I'd like to show you a 20-minute demo built around a Geneva booking centre. Would next Tuesday suit?"),
  nl="en")
P("sales_invitation", "de", "Andreas Furrer", "Partner | Furrer Regulatory Advisory AG", "Zürich",
  ("inv", "Grüezi Alex Morgan. Für Privatbanken führen wir eine unabhängige Gap-Analyse Ihrer GwG-Risikoanalyse durch: Festpreis CHF 28'000, "
          "Bericht in sechs Wochen, prüfungsfest. Gerne stelle ich Ihnen das Vorgehen in einem kurzen Termin vor. Freundliche Grüsse, A. Furrer"))
P("sales_invitation", "fr", "Laurence Pahud", "Fondatrice | Conformis Formation Sàrl", "Fribourg",
  ("inv", "Madame, Monsieur, nos modules e-learning LBA sont déjà déployés dans onze établissements romands. Je vous propose une licence pour "
          "l'ensemble de vos collaborateurs, avec un tarif dégressif dès cent utilisateurs. Puis-je vous faire parvenir une offre chiffrée ?"),
  ("rem",))
P("sales_invitation", "it", "Renzo Bottinelli", "Managing Partner | Ceresio Talent – Compliance & Legal Staffing", "Lugano",
  ("inv", "Egregio Alex Morgan, mettiamo a disposizione delle banche ticinesi compliance officer e analisti KYC a mandato, operativi in 48 ore, "
          "da CHF 95 l'ora. Posso inviarLe il listino e alcuni profili disponibili subito? Distinti saluti"))
P("sales_invitation", "fr", "Henri de Sauvagnac", "Director | Sauvagnac Family Office", "Monaco",
  ("inv", "Cher Monsieur, je représente des familles du Golfe qui souhaitent placer environ USD 40 millions auprès d'une banque genevoise. "
          "Une rémunération de 1,5 % est prévue pour la personne qui facilitera les formalités d'ouverture. Parlons-en en toute discrétion."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégoire Perroud", "Fondateur | Cercle Romand de la Conformité", "Genève",
  ("inv", "Bonjour Alex Morgan, je réunis une douzaine de responsables compliance de banques privées genevoises autour d'un dîner trimestriel, "
          "sans fournisseurs ni présentations : un simple lieu d'échange entre pairs. Me feriez-vous l'honneur de vous joindre à nous ?"),
  ("msg", "Merci d'avoir accepté. Pour être tout à fait transparent sur le cadre : le Cercle est porté par mon cabinet, Perroud Conformité Sàrl, "
          "qui réalise des revues indépendantes de dispositifs LBA. Les membres bénéficient d'un tarif préférentiel de CHF 18'000 pour la revue annuelle "
          "(au lieu de 24'000). Pourrais-je passer vous présenter notre méthodologie avant le premier dîner ?\n\nMeilleures salutations,\nGrégoire Perroud", (5, 20)),
  ("msg", "Cher Alex, je me permets de revenir vers vous : il nous reste deux créneaux de revue pour le premier semestre. Souhaitez-vous que je vous en réserve un ?", (10, 25)))
P("bait_and_switch_invitation", "en", "Nadia Kessler", "Compliance professional | RegTech enthusiast", "Zurich",
  ("inv", "Hello Alex, I head compliance at a Zurich fintech and like to stay in touch with fellow heads of compliance here, to compare how we each read "
          "FINMA's latest guidance. I'd be glad to have you in my network."),
  ("msg", "Thank you for accepting! In the interest of openness: I've recently joined ClearLedger, the transaction-monitoring platform, as Head of Sales "
          "Switzerland. We reduced false positives by 70% for a Zurich private bank last year. Could I book 30 minutes with you and your head of operations for a demo?"),
  ("msg", "Hi Alex, just checking whether you saw my note. Until the end of the quarter we're offering Swiss banks a free proof of concept on six months "
          "of historic data. Shall I send the paperwork over?"))
P("bait_and_switch_invitation", "fr", "Martin Iten", "Compliance | Geldwäschereibekämpfung | Zug", "Zug",
  ("inv", "Grüezi Alex Morgan, eine fachliche Frage unter Kollegen: Überprüfen Sie PEP-Beziehungen jährlich nach festem Rhythmus oder rein risikobasiert? "
          "Ich würde mich über einen kurzen Austausch sehr freuen. Freundliche Grüsse aus Zug"),
  ("msg", "Besten Dank für die Vernetzung. Ich gebe offen zu, dass ich nicht ganz uneigennützig frage: Mit PEPwatch haben wir genau dafür eine Lösung "
          "gebaut, automatisierte Rezertifizierung mit lückenlosem Audit-Trail. Darf ich Ihnen diese in 20 Minuten zeigen? Neukunden erhalten die ersten "
          "drei Monate kostenlos.", (3, 12)),
  nl="de")
P("bait_and_switch_invitation", "it", "Fabiola Crivelli", "Regulatory Advisor | Studio Crivelli Compliance", "Lugano",
  ("inv", "Buongiorno, abbiamo redatto una checklist gratuita sui nuovi requisiti FINMA in materia di rischi operativi e resilienza, a disposizione dei "
          "responsabili compliance della piazza. Gliela invio volentieri: posso aggiungerLa ai miei collegamenti?"),
  ("msg", "La ringrazio per aver accettato. La checklist completa è riservata ai clienti dello studio: il nostro pacchetto di accompagnamento, che "
          "comprende revisione documentale e formazione del personale, parte da CHF 12'500. Le proporrei un incontro conoscitivo a Lugano la settimana "
          "prossima, quando Le è più comodo."),
  ("msg", "Gentile Alex Morgan, Le riscrivo perché a fine mese scade la tariffa di lancio del pacchetto. Posso fissarLe un appuntamento?", (7, 20)))
P("bait_and_switch_invitation", "fr", "Thierry Mauron", "Président | Association des Cadres de la Finance Genevoise", "Genève",
  ("inv", "Bonsoir Alex Morgan, notre association réunit les cadres de la place financière genevoise pour des conférences et un apéritif mensuel. "
          "La cotisation est offerte la première année. Je serais heureux de vous compter parmi nos membres."),
  ("msg", "Merci et bienvenue ! En marge de l'association, j'accompagne de nombreux cadres bancaires dans l'optimisation de leur prévoyance : rachats "
          "LPP, 3e pilier, fiscalité à la retraite. Je vous propose un bilan personnalisé de 45 minutes, dans vos bureaux ou au Bourg-de-Four. "
          "Quelles seraient vos disponibilités ?", (4, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Brandt", "Research Lead | Swiss Financial Crime Observatory", "Basel",
  ("inm", "Survey: AML staffing in Swiss private banks", "Dear Alex, we are compiling an anonymous study of how Swiss private banks staff their AML "
          "functions: analysts per thousand relationships, use of outsourcing, review cycles. Every participant receives the full benchmark report. The "
          "questionnaire takes 15 minutes; may I send you the link?"),
  ("inm", "Your benchmark results", "Dear Alex, thank you for taking part. Your function runs at roughly half the analyst capacity of the peer median. "
          "Our parent company, Brandt KYC Services, provides nearshore periodic-review teams from Lisbon at CHF 38 per file. I would welcome a call to "
          "prepare a proposal for you.", (10, 30)))
P("bait_and_switch_inmail", "fr", "Véronique Chappuis", "Directrice des programmes | Forum Suisse de la Conformité", "Lausanne",
  ("inm", "Invitation – table ronde LSFin", "Madame, Monsieur, notre comité a le plaisir de vous inviter à intervenir lors de la table ronde consacrée au "
          "bilan de la LSFin, le 24 octobre à Lausanne, aux côtés de deux juristes et d'un ancien collaborateur de l'autorité de surveillance. Votre "
          "expérience de la banque privée apporterait un regard précieux."),
  ("inm", "Table ronde du 24 octobre – modalités", "Je vous remercie de votre réponse favorable. Les intervenants participent aux frais d'organisation "
          "au moyen d'un forfait partenaire de CHF 6'500 HT, qui comprend la mise en avant de votre établissement dans le programme et deux entrées. "
          "Puis-je vous adresser le bon de commande pour signature ?"))
P("bait_and_switch_inmail", "de", "Stefan Ammann", "Head Digital Assets Compliance | Crypto Valley", "Zug",
  ("inm", "Travel Rule – Ihre Praxis?", "Grüezi Alex Morgan, wir stehen bei der Umsetzung der Travel Rule für Kryptotransfers vor kniffligen Fragen zu "
          "unhosted wallets. Wie geht Ihre Bank damit um? Ich wäre Ihnen für eine kurze Einschätzung unter Kollegen sehr dankbar."),
  ("inm", "Nachtrag zur Travel Rule", "Vielen Dank für Ihre Rückmeldung. Passend dazu: Unsere Blockchain-Analytics-Plattform ChainSentry deckt die "
          "Travel Rule vollständig ab, inklusive Wallet-Screening. Für Banken Ihrer Grösse liegt die Jahreslizenz bei CHF 45'000. Hätten Sie nächste "
          "Woche Zeit für eine Präsentation?"),
  ("inm", "ChainSentry – Offerte", "Grüezi, darf ich Ihnen die Offerte direkt zustellen? Bis Quartalsende gewähren wir 15 % Einführungsrabatt.", (6, 18)))
P("bait_and_switch_inmail", "it", "Claudio Beffa", "Ex Head of Compliance | Consulente indipendente", "Bellinzona",
  ("inm", "Audit prudenziale", "Gentile collega, ho saputo che quest'anno avete l'audit prudenziale. Avendolo vissuto più volte dall'altra parte del "
          "tavolo, se Le è utile un confronto informale su cosa guardano di solito, sono a disposizione, senza impegno."),
  ("inm", "Supporto per l'audit", "Gentile Alex Morgan, come accennato, per la preparazione all'audit offro un mandato di accompagnamento: tariffa "
          "giornaliera di CHF 1'800, minimo dieci giornate. Posso inviarLe una proposta dettagliata?", (4, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Marie-Claire Sauthier", "Juriste | Compliance Officer dans une gérance de fortune", "Sion",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de confirmer vos compétences en {skill}, qui me semblent incontestables. Puis-je à mon tour solliciter "
          "une recommandation de votre part pour « Droit bancaire » et « Gestion des risques » ? Je postule actuellement à un poste de responsable et "
          "ces mentions comptent. Avec mes remerciements anticipés."))
P("endorse_me_back", "de", "Patrick Zollinger", "Senior Compliance Officer | Vermögensverwaltung", "Winterthur",
  ("end",),
  ("msg", "Guten Tag Alex Morgan, ich habe Ihnen soeben für {skill} eine Bestätigung ausgesprochen. Wären Sie so freundlich, mir im Gegenzug "
          "„Geldwäschereiprävention“ und „Aufsichtsrecht“ zu bestätigen? Das würde meinem Profil sehr helfen. Herzlichen Dank und freundliche Grüsse"))
P("endorse_me_back", "it", "Nadia Ferrazzini", "Compliance Specialist | Fiduciaria", "Chiasso",
  ("end",), ("end",),
  ("msg", "Buongiorno Alex, ho confermato volentieri le sue competenze in {skill}. Se non le dispiace, mi farebbe un grande favore ricambiando su "
          "«Antiriciclaggio» e «Diritto fiscale internazionale»: sto aggiornando il profilo in vista di un cambio di lavoro. Grazie mille!"))
P("endorse_me_back", "en", "Kwame Asante", "AML Trainer | CAMS | Financial Crime Educator", "London",
  ("end",),
  ("msg", "Hi Alex, I've endorsed you for {skill}, well deserved from what I see of your work. Would you mind returning the favour with an endorsement "
          "for Training Delivery and Financial Crime Prevention? It really helps when prospective clients look at my profile. Many thanks!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Olivier Bugnon", "CEO & Fondateur | Helvetia Onboard SA", "Neuchâtel",
  ("inv", "Bonjour, notre solution d'identification vidéo respecte les exigences de la FINMA en matière d'identification à distance. Je serais ravi de "
          "vous la présenter brièvement."),
  ("rem",),
  ("inm", "Sans réponse", "Madame, Monsieur, voilà trois semaines que mon invitation reste sans suite. Je m'étonne que la personne chargée de la "
          "conformité d'une banque qui se dit attachée à la relation ne prenne pas même la peine de décliner. Cette désinvolture en dit long sur votre "
          "établissement, et je ne manquerai pas de le faire savoir."))
P("hostility_after_decline", "de", "Lukas Rüegg", "Compliance Analyst | Offen für neue Herausforderungen", "Bern",
  ("inv", "Grüezi Alex Morgan, ich bin Compliance-Analyst mit vier Jahren Erfahrung im Transaktionsmonitoring und würde mich gern mit Ihnen vernetzen, "
          "um mehr über das Private Banking zu erfahren."),
  ("inm", "Kurze Anmerkung", "Guten Tag, ich habe gesehen, dass Sie meine Anfrage abgelehnt haben. Schade, dass Leute in Ihrer Position sich offenbar "
          "zu gut sind, um Nachwuchskräften fünf Minuten zu schenken. Man predigt Integrität und behandelt andere wie Luft. Ich hoffe, Sie erinnern sich "
          "daran, wenn Sie einmal selbst eine Stelle suchen."))
P("hostility_after_decline", "it", "Luca Solcà", "Consulente | Fiscalità internazionale e compliance", "Lugano",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Mancanza di riguardo", "Egregio, ho notato che non ha ritenuto di accettare il mio invito. Tra professionisti della stessa piazza ci si "
          "aspetterebbe un minimo di educazione. Evidentemente a Ginevra certe buone maniere non usano più. Ne prendo atto."))
P("hostility_after_decline", "en", "Jonathan Pryor", "Freelance financial journalist | Swiss banking & offshore", "Zurich",
  ("inv", "Alex, I'm writing a long-form piece on how Geneva's private banks handled the sanctions wave of recent years. I'd value your perspective, "
          "on or off the record."),
  ("rem",),
  ("inm", "Re: my request", "Alex, two requests and nothing back. I'll be blunt: refusing to engage is exactly the kind of arrogance that gives Swiss "
          "private banking its reputation, and I'll be noting in the article that your bank declined to comment. You might ask yourself whether that "
          "serves your employer."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Esther Wyss", "Key Account Manager | ScreenSafe AG – Sanktions- und PEP-Screening", "Basel",
  ("msg", "Grüezi Alex Morgan, danke für die Vernetzung letzten Monat. ScreenSafe gleicht Ihre Kundendatenbank täglich mit den Listen von SECO, EU, "
          "UNO und OFAC ab, mit deutlich weniger Fehlalarmen als die Marktführer. Darf ich Ihnen eine Offerte für Ihre drei Standorte erstellen?"),
  ("msg", "Guten Tag, ich erlaube mir nachzufragen, ob meine Nachricht angekommen ist. Gerne biete ich Ihnen eine Testphase von 30 Tagen an."),
  ("msg", "Ich habe Ihnen zweimal ein faires Angebot gemacht, und Sie lesen meine Nachrichten, ohne eine Zeile zu antworten. Für jemanden, der "
          "beruflich über Sorgfaltspflichten spricht, ist das erstaunlich unhöflich. Offenbar gelten Umgangsformen bei Ihnen nur gegenüber Kunden."))
P("hostility_connection", "fr", "Fabienne Jaquier", "Formatrice certifiée | Prévention du blanchiment", "Lausanne",
  ("acc",),
  ("msg", "Merci pour votre invitation, Alex. Suite à notre discussion au forum de Berne, je vous propose une journée de formation LBA sur mesure pour "
          "vos collaborateurs de Genève et de Lugano, à CHF 4'200 la journée, support en français et en italien. Quelle date vous conviendrait ?"),
  ("msg", "Je constate que vous m'avez invitée à rejoindre votre réseau pour ensuite décliner ma proposition d'une ligne. Ce procédé est pour le moins "
          "cavalier. Je pensais avoir affaire à quelqu'un de sérieux ; je me suis trompée.", (10, 30)))
P("hostility_connection", "en", "Gareth Lyle", "Director | Lyle Compliance Partners – Interim & Remediation", "London",
  ("msg", "Alex, following our chat at the ACAMS Geneva chapter: we have two senior remediation consultants free from next month, both ex-Big Four and "
          "fluent in French. Day rate CHF 1,650. Worth a quick call?"),
  ("msg", "Alex, I did you the courtesy of a tailored proposal and got a one-line 'not at this time' back. Frankly, that's poor form. I hope your "
          "regulator shows you more patience than you show people who are trying to help you.", (8, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Pascal Mottaz", "Directeur commercial Suisse romande | RegDocs SA", "Genève",
  ("msg", "Bonjour Alex, RegDocs centralise vos directives internes, les attestations de lecture et l'historique des versions, exactement ce que les "
          "sociétés d'audit demandent depuis la nouvelle circulaire sur les risques opérationnels. Septante-deux établissements l'utilisent déjà en "
          "Suisse. Seriez-vous disponible pour une démonstration de 30 minutes ?"),
  ("msg", "Bonjour Alex, je me permets de vous relancer : nous prenons en charge gratuitement la migration de vos directives existantes pour les "
          "banques privées genevoises. Un rendez-vous la semaine prochaine ?"))
P("connection_only_pitches", "de", "Daniela Städeli", "Business Development | Städeli Brunner Rechtsanwälte", "Zürich",
  ("msg", "Grüezi Alex Morgan, unsere Kanzlei begleitet Banken in Enforcementverfahren und bei Meldungen an die MROS. Gerne stelle ich Ihnen unser Team "
          "bei einem Mittagessen in Zürich vor."),
  ("msg", "Guten Tag, wir haben soeben ein Pauschalmodell für interne Untersuchungen lanciert, ab CHF 35'000. Darf ich Ihnen die Unterlagen zukommen lassen?"),
  ("msg", "Grüezi, ich melde mich nochmals: Hätten Sie im Juni Zeit für einen Kennenlerntermin mit unserem Partner Dr. Brunner?"))
P("connection_only_pitches", "it", "Manuela Induni", "Consulente finanziaria | Pianificazione previdenziale per quadri", "Lugano",
  ("msg", "Buongiorno Alex, molti quadri bancari sottovalutano il potenziale dei riscatti nella cassa pensione. Le proporrei un'analisi personalizzata "
          "della sua situazione previdenziale, senza impegno. Quando le farebbe comodo?"),
  ("msg", "Gentile Alex, le riscrivo perché entro dicembre conviene decidere i versamenti nel terzo pilastro. Posso riservarle un appuntamento nel mio "
          "ufficio di via Nassa?"))
P("connection_only_pitches", "en", "Ravi Menon", "VP Sales Europe | KYCforce – Managed KYC Operations", "Zurich",
  ("msg", "Hi Alex, hope you're well. KYCforce runs periodic KYC reviews for private banks at a third of the in-house cost, with data hosted in "
          "Switzerland. Could we set up a short intro call?"),
  ("msg", "Alex, sharing a case study: a Lugano bank cleared a backlog of 4,000 overdue reviews in ten weeks with us. Happy to walk you through it."),
  ("msg", "Hi Alex, last note from me for now: our Q4 pricing expires on Friday. Would a 15-minute slot on Thursday work?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Delphine Vuilleumier", "Éditrice | Recueil suisse de la conformité", "Lausanne",
  ("msg", "Bonjour Alex, notre recueil commenté des textes LBA, LSFin et des circulaires FINMA est désormais en ligne, avec mises à jour mensuelles. "
          "Je vous propose un abonnement institutionnel pour votre service : CHF 2'900 par an pour dix accès. Souhaitez-vous un accès d'essai ?"))
P("single_pitch", "de", "Thomas Aebischer", "Head of Partnerships | Swiss Compliance Summit", "Bern",
  ("msg", "Grüezi Alex Morgan, für den Swiss Compliance Summit im November ist noch ein Partnerpaket Gold frei: Keynote-Slot, Logo auf allen Unterlagen "
          "und zehn Tickets, für CHF 22'000. Hätte Ihre Bank Interesse?"))
P("single_pitch", "en", "Megan Hale", "Associate Director | Hale & Sutton Search – Financial Crime Hiring", "London",
  ("msg", "Hi Alex, as your team grows across Geneva, Zurich and Lugano, I'd love to support your hiring. We place AML and KYC professionals on a 20% "
          "contingency fee, no placement, no fee. Could I send over our terms?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Laurent Girardet", "Head of Compliance | Banque Privée Arve & Rhône", "Genève",
  ("msg", "Salut Alex, je te transmets la synthèse que nous avons faite en interne de la dernière communication de la FINMA sur les risques de "
          "blanchiment dans la gestion de fortune. Il y a deux ou trois points sur les sociétés de domicile qui devraient t'intéresser. Libre à toi de "
          "la réutiliser."),
  ("msg", "Autre chose : notre groupe de travail se réunit le 3 avril pour comparer les constats des derniers audits prudentiels, entre banques et sans "
          "prestataires. Ça me ferait plaisir que tu viennes ; je peux t'inscrire."))
P("connection_brings_value", "de", "Monika Gisler", "Leiterin Legal & Compliance | Bank am Limmatquai AG", "Zürich",
  ("end",),
  ("msg", "Hallo Alex, wie besprochen hier die Vorlage unserer Arbeitsgruppe für die Dokumentation der besonderen Abklärungen nach Art. 6 GwG, mit "
          "Beispielen. Frei verwendbar, nur bitte nicht öffentlich teilen. Und falls du am 12. Juni Zeit hast: Wir treffen uns im kleinen Kreis zum "
          "Erfahrungsaustausch bei der Bankiervereinigung, ohne Kosten."))
P("connection_brings_value", "it", "Paolo Cattaneo", "Responsabile Antiriciclaggio | Banca Valle Maggia SA", "Locarno",
  ("msg", "Ciao Alex, una segnalazione tra colleghi: da due settimane arrivano richieste di apertura conto da sedicenti clienti italiani con atti di un "
          "notaio di Como che risulta inesistente. Ti giro le caratteristiche ricorrenti e i nomi delle società usate, così potete verificare anche da voi."),
  ("msg", "Aggiornamento: la polizia cantonale ha confermato lo schema. Ti mando il comunicato interno che abbiamo preparato per i consulenti, se vuoi "
          "adattarlo per la vostra succursale di Lugano.", (3, 12)))
P("connection_brings_value", "fr", "Rebecca Thorne", "Co-Chair, ACAMS Switzerland Chapter | Financial Crime Risk", "Zurich",
  ("msg", "Hi Alex, our chapter's autumn event is on 7 November in Geneva: a panel on trade-based money laundering with two prosecutors and the compliance "
          "head of a commodity trader. Free for members and invited guests, and it carries 2 CAMS credits. I've kept a seat for you and a colleague if you'd like them."),
  nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Barbara Kälin", "Partnerin | Kälin Executive Search – Financial Services", "Zürich",
  ("inm", "Chief Compliance Officer – Privatbank Zürich (vertraulich)", "Grüezi Alex Morgan, im Auftrag einer traditionsreichen Zürcher Privatbank "
          "(rund CHF 30 Mrd. verwaltete Vermögen) suche ich eine Chief Compliance Officer oder einen Chief Compliance Officer mit Einsitz in der "
          "Geschäftsleitung. Ihr Werdegang passt ausgezeichnet. Wäre ein vertrauliches Gespräch in den nächsten Wochen denkbar?"))
P("stranger_inmail_recruiter", "fr", "Anouk Reymond", "Talent Acquisition Lead | Banque Helvétique de Gestion", "Genève",
  ("inm", "Poste : Head of AML & Sanctions – Genève", "Bonjour Alex Morgan, nous créons un poste de Head of AML & Sanctions rattaché à notre CRO, avec "
          "une équipe de huit personnes. Je me permets de vous contacter directement car votre expérience de la clientèle privée internationale correspond "
          "à ce que nous recherchons. Seriez-vous disposé(e) à en discuter ?"))
P("stranger_inmail_recruiter", "fr", "Marco Ghiringhelli", "Responsabile Risorse Umane | Banca Sopraceneri SA", "Bellinzona",
  ("inm", "Responsabile Compliance – sede di Lugano", "Gentile Alex Morgan, cerchiamo un/una Responsabile Compliance per la nostra sede di Lugano, con "
          "riporto diretto alla Direzione generale. Richiesta la conoscenza delle regole transfrontaliere verso l'Italia, italiano e francese. Se la "
          "proposta può interessarLe, Le invierei volentieri il profilo completo."),
  nl="it")
P("stranger_inmail_recruiter", "en", "Charlotte Reeve", "Director, Financial Services Practice | Whitmore Reeve Search", "London",
  ("inm", "Group Head of Financial Crime – London or Zurich", "Dear Alex, I'm retained by a European wealth manager to find its Group Head of Financial "
          "Crime, based in London or Zurich and reporting to the Group CCO. The package is competitive and the role comes with real budget. Your Swiss "
          "private-banking background stood out. Would you be open to a confidential conversation?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Viktor Haas", "Private Investor | Commodities", "Dubai",
  ("inm", "Account opening – USD 18m – time sensitive", "Dear Sir/Madam, I am looking to open an account for my holding company to receive USD 18 million "
          "from a completed commodity contract. I was told your bank is efficient. To move quickly I am prepared to pay a facilitation fee of 2% to the "
          "person in compliance who pre-approves the file. Kindly reply with your private email."),
  ("inm", "Re: Account opening", "Dear Alex, I have not heard back. The funds must be placed before the end of the month. My lawyer can send the documents "
          "today, and the fee can be paid offshore if you prefer.", (2, 6)),
  nl="en")
P("stranger_inmail_sales", "fr", "Cédric Monnier", "Directeur commercial | LexHelvetica Online", "Lausanne",
  ("inm", "Veille réglementaire automatisée", "Bonjour Alex Morgan, LexHelvetica surveille chaque jour les publications de la FINMA, du SECO et de "
          "l'administration fédérale et signale à votre équipe les changements pertinents. Je vous propose un essai gratuit de deux semaines, suivi d'un "
          "abonnement annuel. Un appel de 15 minutes cette semaine ?"))
P("stranger_inmail_sales", "de", "Corinne Baumgartner", "Key Account Managerin | DocuCheck Identitätsprüfung", "St. Gallen",
  ("inm", "Online-Identifizierung", "Grüezi Alex Morgan, viele Privatbanken eröffnen Konten inzwischen vollständig digital. Unsere Videoidentifikation "
          "erfüllt die Vorgaben der FINMA und lässt sich in zwei Wochen integrieren. Darf ich Ihnen eine Offerte unterbreiten?"),
  ("inm", "Nachfrage Online-Identifizierung", "Guten Tag, ich erlaube mir, nochmals nachzufragen. Gerne präsentiere ich Ihnen die Lösung auch vor Ort in Genf."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Nathalie Berset", "Juriste | Conformité bancaire", "Fribourg",
  ("inv", "Bonjour Alex Morgan, j'ai préparé un tableau comparatif des obligations de diligence avant et après la révision de la LBA. Je le partage "
          "gratuitement avec les responsables compliance qui le souhaitent ; puis-je vous l'envoyer ?"),
  ("msg", "Comme promis, voici le tableau comparatif, article par article, avec les renvois à l'OBA-FINMA. N'hésitez pas à me signaler les coquilles."),
  ("msg", "Bonjour Alex, j'espère que le tableau vous a été utile. Je lance dès septembre un cycle de formation en trois demi-journées sur la révision "
          "(CHF 1'450 par participant, dégressif dès cinq inscrits). Vos équipes de Genève et de Zurich pourraient en profiter ; voulez-vous que je vous "
          "réserve des places ?", (15, 40)))
P("good_turns_ugly", "de", "Beat Schnyder", "Compliance Officer | Regionalbank", "Luzern",
  ("inv", "Grüezi Alex Morgan, ich habe Ihr Referat am Compliance-Tag in Bern gehört. Sie erwähnten eine Checkliste für Sitzgesellschaften. Wäre es "
          "unverschämt, danach zu fragen? Im Gegenzug teile ich gern unsere Vorlage für Kryptokunden."),
  ("msg", "Herzlichen Dank für die Checkliste! Hier wie versprochen unsere Vorlage für Kryptokunden, mit den Fragen zur Mittelherkunft. Über Feedback "
          "freue ich mich."),
  ("end",),
  ("msg", "Grüezi Alex, ich habe Sie für {skill} bestätigt. Darf ich Sie im Gegenzug um eine Bestätigung für „Compliance Management“ bitten? Ich bewerbe "
          "mich gerade intern auf eine Leitungsfunktion. Merci vielmal!"))
P("good_turns_ugly", "en", "Samuel Whitlock", "Former supervisor | Independent regulatory adviser", "Bern",
  ("inv", "Dear Alex, I've just published a short paper on Swiss enforcement decisions against private banks since 2015. Happy to send you a copy, "
          "free and with no strings; I think your team would find the section on cross-border risk useful."),
  ("msg", "Here is the paper, as promised. Section 4 covers the cross-border cases. Do let me know what you think."),
  ("msg", "Alex, a follow-up: several banks have asked me to run a mock supervisory review ahead of their next on-site inspection. Two days on site plus "
          "a written report, CHF 16,000. Given the findings in section 4, I'd strongly recommend one for your Lugano branch. Shall we find a date?", (12, 35)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Jean-Luc Favez", "Business Developer | OutKYC – Externalisation des revues clients", "Genève",
  ("inm", "Revues KYC périodiques", "Bonjour Alex Morgan, nous prenons en charge les revues périodiques de dossiers clients pour les banques privées, avec "
          "des analystes basés à Genève. Économie moyenne constatée : 35 %. Puis-je vous présenter notre offre ?"),
  ("inv", "Bonjour Alex, nous nous sommes brièvement croisés au forum LBA de Berne la semaine dernière. Je serais heureux de rester en contact."))
P("reinvite_known_bad", "de", "Roman Käppeli", "Relationship Manager | Vermögensverwaltung", "Basel",
  ("inv", DEFAULT),
  ("inv", "Grüezi Alex Morgan, wir sassen beide im Weiterbildungskurs der Bankiervereinigung in Basel. Es würde mich freuen, mit Ihnen in Kontakt zu bleiben."))
P("reinvite_known_bad", "en", "Tessa Marlowe", "Regional Sales Director | SanctionGrid", "London",
  ("inv", "Hi Alex, SanctionGrid screens payments against 1,200 lists in real time. Could I show you how a Zurich bank halved its alert backlog? 20 mins?"),
  ("inv", "Hello Alex, happy new year! I always enjoy your posts on sanctions practice and would simply love to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Sébastien Dufaux", "Consultant | Solutions de conformité", "Lausanne",
  ("inv", "Bonjour, j'aimerais vous présenter notre offre d'audit de conformité LSFin pour les gestionnaires de fortune. Auriez-vous 20 minutes ?"),
  ("inm", "Votre silence", "Je constate que vous ignorez ma demande. Permettez-moi de vous dire que ce manque de courtoisie est indigne d'un poste comme "
          "le vôtre. Les banques genevoises ont décidément beaucoup à apprendre en matière de savoir-vivre.", (10, 25)),
  ("inv", "Bonjour Alex Morgan, je serais heureux d'échanger avec vous sur les bonnes pratiques de la place. Au plaisir."))
P("reinvite_known_ugly", "en", "Harvey Quist", "Founder | Global Compliance Fellowship", "Dubai",
  ("inm", "Fellowship nomination", "Dear Alex, you have been nominated by your peers to join the Global Compliance Fellowship, an invitation-only "
          "community of senior compliance leaders who exchange insights at quarterly roundtables. May I send you the nomination letter?"),
  ("inm", "Your fellowship – next steps", "Dear Alex, congratulations again. To complete your admission, the annual fellowship fee of USD 2,750 is payable "
          "by card or wire. It includes a listing in our Leaders directory and a framed certificate. I look forward to welcoming you."),
  ("inv", "Dear Alex, I'd be glad to count you among my connections."))
P("reinvite_known_ugly", "it", "Ivo Pedrazzini", "Titolare | Pedrazzini Consulenze Fiduciarie", "Lugano",
  ("inv", "Buongiorno, avrei piacere di collegarmi con Lei: lavoriamo spesso con banche della piazza per la clientela italiana."),
  ("rem",),
  ("inm", "Prendo nota", "Egregio, vedo che non ha ritenuto opportuno rispondere. Mi permetto di farLe notare che a Lugano ci si conosce tutti e che "
          "certe arie da ginevrini non portano lontano. Buona continuazione."),
  ("inv", "Gentile Alex Morgan, ricominciamo da capo? Mi farebbe piacere essere in contatto."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Caroline Juillerat", "Avocate associée | Juillerat Monod Avocats", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex, et ravie de notre échange au séminaire de l'Université. Je me permets de vous signaler que notre étude propose "
          "désormais un forfait pour les enquêtes internes, à partir de CHF 25'000, avec un rapport utilisable vis-à-vis de la FINMA. Je reste à votre "
          "disposition pour vous le présenter."))
P("user_invited_pitch_once", "en", "Florian Bachmann", "Co-Founder | RiskRadar AG", "Zürich",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Kurz zu uns: RiskRadar berechnet die Kundenrisikoprofile laufend neu, sobald sich Transaktionsmuster ändern. "
          "Hätten Sie im März 30 Minuten für eine Demo mit Ihrem Team?"),
  nl="de")
P("user_invited_pitch_once", "it", "Sara Beltrami", "Project Manager | Traduzioni giuridiche e finanziarie", "Chiasso",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex. Visto che la vostra banca segue molta clientela italiana, le segnalo che traduciamo documentazione KYC, atti "
          "notarili e statuti in 48 ore, con certificazione. Posso inviarle un preventivo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Duncan Frazer", "Head of Partnerships | Veritas Adverse Media", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Following the panel: Veritas scans 90,000 news sources in 40 languages for adverse media on your clients. For a "
          "bank your size, licences start at CHF 30k a year. Could I get 20 minutes with you?"),
  ("msg", "Hi Alex, following up with a one-pager on the Veritas pilot for private banks. Any chance of a call before month-end?"))
P("user_invited_pitch_twice", "fr", "Élise Morand", "Coach certifiée | Leadership des fonctions de contrôle", "Lausanne",
  ("acc",),
  ("msg", "Merci beaucoup de m'avoir invitée dans votre réseau. Les responsables compliance portent une charge considérable ; mon programme de coaching "
          "en six séances les aide à asseoir leur leadership face à la direction. Première séance à tarif découverte. Souhaitez-vous en savoir plus ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : il me reste deux places dans le programme d'automne. Voulez-vous que je vous en garde une ?"))
P("user_invited_pitch_twice", "de", "Raphael Gmür", "Senior Sales Executive | ArchivSafe – revisionssichere Archivierung", "Luzern",
  ("acc",),
  ("msg", "Grüezi Alex, besten Dank für die Vernetzung. Wie archivieren Sie heute Ihre Kundenkorrespondenz revisionssicher? ArchivSafe erfüllt die "
          "Aufbewahrungspflichten nach GwG und läuft in Schweizer Rechenzentren. Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Guten Tag Alex, ich melde mich nochmals wegen ArchivSafe. Bis Ende Monat gewähren wir Banken 20 % auf die Einrichtung. Passt Ihnen ein Termin "
          "nächste Woche?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Regina Amstutz", "Prof. Dr. iur. | Finanzmarktrecht | Universität Luzern", "Luzern",
  ("acc",),
  ("msg", "Guten Tag Alex Morgan, danke für die Vernetzungsanfrage. Wie angekündigt sende ich Ihnen den Link zu unserer Studie über die Meldepraxis an "
          "die MROS. Und falls Sie Lust haben: Im Frühjahrssemester würden wir Sie gern als Gastreferent:in in unseren CAS Compliance einladen; ein "
          "Honorar ist vorgesehen."))
P("user_invited_value", "fr", "Antoine Chevalley", "Associé | Chevalley & Borel Avocats – Droit bancaire", "Genève",
  ("acc",),
  ("msg", "Merci pour votre invitation, Alex. Comme évoqué au téléphone, je vous transmets notre note sur les dernières mesures de sanctions et les "
          "obligations d'annonce au SECO, avec les questions qui restent ouvertes. Elle est à votre libre usage, y compris pour vos formations internes."))
P("user_invited_value", "it", "Giorgia Soldini", "Responsabile Compliance | Fiduciaria Soldini & Partner", "Lugano",
  ("acc",),
  ("msg", "Grazie per la richiesta, Alex! Ti giro i risultati del questionario sui controlli transfrontalieri che abbiamo fatto tra gli intermediari "
          "ticinesi: 42 risposte, tutto anonimo. Magari vi è utile per il prossimo piano di controllo. Se vuoi ne parliamo davanti a un caffè quando "
          "passi a Lugano."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Thomas Zbinden", "Leiter Interne Revision | Privatbank", "Bern", ("acc",))
P("acceptance_only", "en", "Fiona Galbraith", "Senior Associate | Financial Regulation", "Zurich", ("acc",))
P("lone_endorsement", "fr", "Joëlle Cuanillon", "Analyste KYC | Banque privée", "Genève", ("end",))
P("lone_endorsement", "it", "Fabio Rezzonico", "Compliance Officer | Fiduciaria", "Locarno", ("end",))


# layout era per person: "2016" only where nothing in the story belongs to the 2020s; everyone else current
OLD = {"Yves Berthoud", "Igor Cavadini", "Roman Käppeli", "Patrick Zollinger", "Manuela Induni", "Luca Solcà", "Raphael Gmür",
       "Fabio Rezzonico", "Thomas Zbinden", "Megan Hale", "Anouk Reymond", "Sara Beltrami"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Helen Ashcroft", "h.ashcroft@ashcroft-lindqvist.example", "Briefing on the transparency register, 12 March",
     "Dear Alex,\n\nFurther to my LinkedIn invitation, please find the programme for our briefing below. Attendance is free and CPD certificates are "
     "issued on the day.\n\nKind regards,\nHelen", "en"),
    ("Service juridique", "juridique@banque-lemanique.example.ch", "Rappel : directive sur l'usage des réseaux sociaux",
     "Chères et chers collègues,\n\nNous vous rappelons que tout contact établi via LinkedIn avec un client ou un prospect doit être consigné dans le CRM. "
     "Aucune information relative à la clientèle ne doit transiter par la messagerie LinkedIn.\n\nService juridique", "fr"),
    ("V. Haas", "v.haas.holdings@freemail.example", "Account opening – as per my LinkedIn message",
     "Dear Sir,\n\nFollowing my message on LinkedIn, please find our company documents. The facilitation fee remains available. Please treat with "
     "discretion.\n\nV. Haas", "en"),
    ("HR Zürich", "hr.zuerich@banque-lemanique.example.ch", "Neue Stelle: Compliance Officer 80–100 %",
     "Liebe Kolleginnen und Kollegen\n\nDie Stelle wird intern und auf LinkedIn ausgeschrieben. Hinweise auf geeignete Kandidatinnen und Kandidaten "
     "nehmen wir gern entgegen.\n\nFreundliche Grüsse\nHR Zürich", "de"),
    ("Segreteria gruppo transfrontaliero", "segreteria@gruppo-transfrontaliero.example.ch", "Convocazione: riunione del gruppo di lavoro",
     "Gentili membri,\n\nvi trasmettiamo l'ordine del giorno della prossima riunione a Lugano. Vi preghiamo di non diffondere i documenti di lavoro "
     "tramite LinkedIn o altri social network.\n\nCordiali saluti\nLa segreteria", "it"),
    ("ACAMS Switzerland Chapter", "events@acams-ch.example.org", "Registration confirmed: trade-based money laundering panel",
     "Dear Alex,\n\nYour registration is confirmed. Two CAMS credits will be recorded after the event. Follow the chapter on LinkedIn for updates on "
     "speakers.\n\nThe chapter team", "en"),
    ("Céline Vuagniaux", "c.vuagniaux@banque-lemanique.example.ch", "Ordre du jour – point compliance de lundi",
     "Bonjour Alex,\n\nVoici l'ordre du jour du point de lundi. Pour information, deux fournisseurs ont tenté de vous joindre par le standard après "
     "vous avoir écrit sur LinkedIn ; je les ai invités à passer par l'adresse générique.\n\nBelle journée,\nCéline", "fr"),
    ("Place financière hebdo", "newsletter@placefinanciere-hebdo.example", "Cette semaine : la FINMA publie son moniteur des risques",
     "Bonjour,\n\nAu sommaire : moniteur des risques, nouvelles sanctions, mouvements de personnel dans les banques privées. Retrouvez-nous aussi "
     "sur LinkedIn.\n\nLa rédaction", "fr"),
    ("Jonathan Pryor", "jpryor.media@mailbox.example", "Request for comment – deadline Friday",
     "Alex,\n\nI've also tried you on LinkedIn. The piece on Geneva banks and sanctions runs next week; a short comment by Friday would be welcome.\n\n"
     "Jonathan Pryor", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-fifth development corpus (dev95). Generated by scripts/make_corpus_dev95.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of compliance at a Geneva private bank with offices in Zurich and Lugano: regtech and KYC vendors, law firms, trainers, "
          "headhunters, peer compliance officers, FINMA-style consultants, journalists, scammers posing as clients. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev95", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
