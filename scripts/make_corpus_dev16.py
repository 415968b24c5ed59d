#!/usr/bin/env python3
"""Write mailbot's sixteenth, independent development corpus: tests/corpus/dev16/*.eml + expected.toml.

The angle: an inbox from 2016-2020, mostly in the 2016-era layout.

- The outreach of those years: MLM and "business opportunity" invitations, forex signals and
  crypto / ICO pre-sales (2017-2018), "work from home" offers, early growth-hacking templates
  (with a broken {{FirstName}} merge tag), offshore bookkeeping and virtual assistants, SEO and
  web-design agencies, conference sponsorship sellers, insurance, pension and wealth brokers,
  and LinkedIn's own "I'd like to add you to my professional network" default.
- The honest side of those years: alumni, ex-colleagues, recruiters with a real role and its
  terms, professional bodies with free events and CPE/CPD hours, study groups for CFA, ACCA,
  CIMA and DSCG exams, people sharing the slides of a talk.
- Hostility and endorse-me-back in the registers of those years: ALL CAPS, rows of
  exclamation marks, formal letters ("Sehr geehrte Damen und Herren", "Hochachtungsvoll").

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Two things differ from the shared runner, both only in this file:
- people may name their layout era (era="2016" or "cur"), as in dev9; most use 2016;
- dates: the 2016 layout starts between 2016-01 and 2018-06, the current layout between
  2019-06 and 2020-05, and a person may name a start window (when=("2017-10-01", "2018-02-15"))
  so that ICO pitches fall in the ICO years. Spoofs, other LinkedIn mail and foreign mail
  get dates in the same 2016-2020 windows.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev16.py              # writes tests/corpus/dev16
    python scripts/make_corpus_dev16.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20161603

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE  # noqa: E402

PEOPLE: list[tuple] = []
ERA: dict[str, str] = {}
WHEN: dict[str, tuple[str, str]] = {}
_add = cs.adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None,
      era: str | None = "2016", when: tuple[str, str] | None = None) -> None:
    """corpus_stories.adder() plus a layout era (default 2016) and an optional start window."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            # LinkedIn caps an invitation note at 300 characters; keep the notes real.
            assert len(s[1]) <= 300, (name, len(s[1]))
    if era:
        ERA[name] = era
    if when:
        WHEN[name] = when
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Rachel Whitfield", "ACCA student | Assistant Accountant at Harbour Foods", "Leeds",
  ("inv", "Hi Alex, a few of us sitting ACCA P2 in June meet Tuesday evenings at Leeds Central Library - past papers, coffee, no charge. "
          "Your trainees would be very welcome, and if you ever fancied dropping in for Q&A on group accounts we'd be thrilled. Rachel"),
  ("rem",))
P("good_invitation", "de", "Matthias Brandl", "Leiter Arbeitskreis Controlling | IHK für München und Oberbayern", "München",
  ("inv", "Guten Tag, unser Arbeitskreis Controlling trifft sich am 14. März in der IHK zum Thema IFRS 16 (Leasing). Teilnahme kostenfrei, "
          "Sie erhalten eine Bescheinigung über 3 Stunden Weiterbildung. Ich würde mich freuen, Sie dort zu begrüßen. M. Brandl"))
P("good_invitation", "fr", "Camille Rousseau", "Contrôleuse de gestion | Alumni ESCP Europe", "Paris",
  ("inv", "Bonjour Alex ! On était dans la même promo à l'ESCP (2009), tu te souviens des cas Danone en finance d'entreprise ? "
          "J'organise le dîner des 10 ans en novembre et je retrouve tout le monde un par un. Ravie de reprendre contact, Camille"),
  ("rem",), era="cur", when=("2019-06-01", "2019-09-30"))
P("good_invitation", "es", "Javier Ortega Molina", "Responsable de Selección - Finanzas | Grupo Alimentario Ebrosa", "Zaragoza",
  ("inv", "Hola Alex, busco Director/a Financiero/a para nuestra planta de Zaragoza: reporta a la CEO, equipo de 12, banda salarial "
          "90-110k + variable. Es una posición nuestra, no de agencia. Tu perfil encaja muy bien. ¿Hablamos? Si no es el momento, sin problema."))
P("good_invitation", "it", "Francesca Galli", "Senior Manager Audit | Relatrice al Convegno ANDAF 2017", "Milano",
  ("inv", "Ciao Alex, eri tu in sala al convegno ANDAF sul fast close? Alla fine mi avevi chiesto le slide ma c'era la coda... "
          "Collegati pure, te le giro qui in PDF. Nessun impegno, figurati!"),
  ("rem",), when=("2017-05-10", "2017-06-20"))
P("good_invitation", "fr", "Yasmine Haddad", "Candidate CFA niveau II | Analyste crédit chez Banque Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, je monte un groupe de révision CFA niveau II (examen de juin) : visio le dimanche matin, on partage fiches et mocks. "
          "Gratuit, bien sûr. Vous aviez parlé du CFA dans un post ; si quelqu'un de votre équipe le prépare, il est le bienvenu aussi."))
P("good_invitation", "it", "Ifeoma Okafor", "Chartered Management Accountant | CIMA Mentor, London branch", "London",
  ("inv", "Hello Alex - I coordinate the CIMA London mentoring scheme. We pair newly qualified members with senior finance people, "
          "one coffee a month, no fees either side. Members log the hours as CPD. Would you consider mentoring someone this year?"),
  nl="en", era="cur")


# =============================================================== default_invitation
P("default_invitation", "en", "Gary Hollis", "Independent Business Owner | Financial Freedom Coach | Living the dream!!", "Birmingham",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Jürgen Pohl", "Vertriebspartner | Versicherungen, Vorsorge & Vermögen", "Hannover", ("inv", DEFAULT))
P("default_invitation", "es", "Marisol Fuentes", "Auxiliar administrativa | Buscando nuevos retos", "Valencia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Roberto Esposito", "Titolare | Esposito Web Agency - Siti web, SEO e social", "Napoli", ("inv", NONOTE), era="cur")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Donna Kessler", "Diamond Director | Health & Wealth Entrepreneur | Work From Home Mentor", "Manchester",
  ("inv", "Hi Alex!! Are you open to hearing about a business opportunity that fits around your career?? I'm looking for 3 motivated "
          "professionals this month to partner with. Flexible, work from home, amazing team!! Not for everyone but could be for you 💰💰"))
P("sales_invitation", "de", "Kevin Schröder", "Forex-Trader | Mentor für finanzielle Freiheit", "Berlin",
  ("inv", "Hallo Alex, handeln Sie schon selbst am Devisenmarkt? Ich zeige Finanzprofis, wie man mit 30 Minuten am Tag ein zweites "
          "Einkommen aufbaut. Mein Signal-Service lag 2016 bei +41 %. Kurzes Telefonat diese Woche? Gruß Kevin"),
  when=("2017-01-05", "2017-04-01"))
P("sales_invitation", "fr", "Arnaud Lemaire", "Fondateur | Agence web & référencement naturel", "Bordeaux",
  ("inv", "Bonjour, j'ai regardé le site de votre entreprise : il n'apparaît pas en première page Google sur vos mots-clés. "
          "Nous corrigeons ça en 3 mois, résultats garantis. Je peux vous envoyer un audit offert et notre devis ?"))
P("sales_invitation", "es", "Ricardo Benítez", "Asesor de Seguros y Planes de Pensiones", "Sevilla",
  ("inv", "Buenos días Alex. Como directivo del área financiera seguro que ya piensa en su jubilación. Le propongo revisar sin compromiso "
          "su plan de pensiones y su seguro de vida; tenemos condiciones especiales para directivos. ¿Le llamo el martes?"),
  ("rem",))
P("sales_invitation", "fr", "Rohan Mehta", "Offshore Accounting & Bookkeeping | Virtual Assistants | Save 60%", "Pune",
  ("inv", "Dear Sir, Greetings from Pune! We provide offshore bookkeeping, AP/AR, payroll and dedicated virtual assistants to "
          "European companies at 60% lower cost. ISO certified. Kindly accept so I can share our company profile and rate card. Regards, Rohan"),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Craig Dunmore", "Founder, The FD Circle | Networking for Finance Directors", "London",
  ("inv", "Hi Alex, I run The FD Circle - finance directors in London and the South East, a breakfast once a month, no vendors, "
          "just peers talking shop. Free to join. Would be great to have you along."),
  ("msg", "Hi Alex, thanks for connecting! Quick one - alongside the Circle I'm a partner at Dunmore Private Wealth. A lot of FDs are "
          "getting caught by the tapered annual allowance this year and we've helped several restructure their pensions. Could I grab "
          "20 minutes to show you what we do? Cheers, Craig", (8, 20)),
  ("msg", "Alex - just bumping this up. Tax year end is round the corner. Shall I send over a couple of times for a call?", (10, 18)))
P("bait_and_switch_invitation", "de", "Sandra Kühn", "Moderatorin | Austauschkreis Finanzen & Controlling NRW", "Köln",
  ("inv", "Hallo Alex, ich baue gerade einen kleinen Austauschkreis für Führungskräfte aus Finanzen und Controlling in NRW auf. "
          "Einfach Erfahrungsaustausch unter Kollegen, ein Treffen pro Quartal in Köln. Hätten Sie Lust dabei zu sein?"),
  ("msg", "Hallo Alex, schön, dass wir jetzt vernetzt sind!\n\nIch möchte ganz ehrlich sein: ich habe vor einem Jahr ein Geschäftsmodell "
          "kennengelernt, das mein Leben verändert hat. Neben dem Job baue ich mir ein passives Einkommen auf, mit einem tollen Team und "
          "Produkten, hinter denen ich stehe. Gerade Leute aus dem Finanzbereich verstehen das Modell sofort. Hätten Sie 15 Minuten für ein "
          "Skype-Gespräch? Ich erkläre Ihnen alles unverbindlich.\n\nLiebe Grüße\nSandra", (6, 15)))
P("bait_and_switch_invitation", "fr", "Olivier Marchand", "DAF de transition | Intervenant en école de commerce", "Nantes",
  ("inv", "Bonjour Alex, je prépare une intervention sur le closing mensuel à J+5 et je cherche des retours de terrain. Comment avez-vous "
          "raccourci le vôtre ? Je vous enverrai volontiers la synthèse de ce que les autres DAF m'auront dit."),
  ("msg", "Bonjour Alex,\n\nmerci encore pour vos réponses, très utiles.\n\nJe profite de l'occasion : je lance cette année un programme "
          "d'accompagnement individuel pour DAF (6 séances de 2 h, 2 400 € HT, finançable par le plan de formation). Vu votre parcours, "
          "je pense que cela pourrait vraiment vous faire gagner un cran. Voulez-vous qu'on en parle au téléphone ?\n\nBien cordialement,\n"
          "Olivier Marchand", (12, 30)))
P("bait_and_switch_invitation", "es", "Lorena Castillo", "Blockchain para Finanzas | Divulgadora | Speaker", "Barcelona",
  ("inv", "Hola Alex, he preparado una guía gratuita en PDF sobre qué significa blockchain para un departamento financiero, sin "
          "tecnicismos ni humo. Si conectamos te la paso, creo que te puede servir para explicárselo a tu comité."),
  ("msg", "¡Hola Alex! Aquí tienes la guía: bit.ly/guia-blockchain-cfo\n\nY ya que estamos: estamos en la preventa del token NVX "
          "(ICO) con un bonus del 30 % hasta el viernes. Muchos directores financieros están diversificando una parte de la tesorería. "
          "¿Te reservo una asignación? Mínimo 0,5 ETH.", (3, 9)),
  ("msg", "Alex, última llamada para el bonus de la preventa, el lunes sube a precio público. Dime algo hoy si te interesa 🚀", (4, 8)),
  when=("2017-10-01", "2018-01-15"))
P("bait_and_switch_invitation", "it", "Massimo Conti", "Amministratore del gruppo «CFO Italia» | Event Manager", "Torino",
  ("inv", "Ciao Alex, sono l'amministratore del gruppo «CFO Italia» qui su LinkedIn, più di 3.000 direttori finanziari. Ti va di unirti? "
          "Scambio di esperienze tra colleghi, niente spam, promesso."),
  ("msg", "Ciao Alex, grazie del collegamento e benvenuto!\nIl 20 ottobre organizziamo il CFO Italia Summit a Milano e abbiamo ancora due "
          "pacchetti sponsor: stand + intervento di 15 minuti sul palco, 4.500 € + IVA. Per un'azienda come la tua sarebbe un'ottima "
          "vetrina davanti a 200 CFO. Ti mando la brochure?\nMassimo", (5, 14)),
  ("msg", "Alex, ti riscrivo perché gli spazi si stanno chiudendo. Se preferisci c'è anche il pacchetto «silver» a 2.200 €. Fammi sapere!", (9, 16)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Brian Tolliver", "Research Director | Finance Function Benchmark 2018", "Dublin",
  ("inm", "10 questions for finance leaders",
   "Hi Alex,\n\nwe're putting together the 2018 Finance Function Benchmark - ten questions on close times, team size and tooling, "
   "five minutes tops. Everyone who takes part gets the full report free, and we don't publish names.\n\nCould I send you the link?\n\n"
   "Brian"),
  ("inm", "Re: Benchmark",
   "Hi Alex, following up on the benchmark. I should also mention that our parent company runs offshore finance & accounting teams in "
   "Manila and Kraków - companies in last year's benchmark cut their processing costs by 40% with us. Would you take a 15-minute call "
   "next week? Tuesday or Thursday afternoon work for me.", (6, 14)))
P("bait_and_switch_inmail", "de", "Thorsten Weiß", "Executive Coach | Autor von „Der souveräne CFO“", "Frankfurt am Main",
  ("inm", "Ein Kapitel für Sie, kostenlos",
   "Guten Tag Alex,\n\nich habe ein Buch für Finanzvorstände geschrieben und verschenke das Kapitel über Führung in Krisenzeiten an "
   "Kolleginnen und Kollegen aus der Finanzwelt. Keine Bedingungen. Darf ich es Ihnen als PDF schicken?\n\nBeste Grüße\nThorsten Weiß"),
  ("inm", "Ihr persönliches CFO-Coaching",
   "Guten Tag Alex,\n\nich hoffe, das Kapitel hat Ihnen gefallen. Viele Leser fragen mich nach einer Vertiefung: Mein Executive-Coaching-"
   "Programm für CFOs umfasst 12 Sitzungen, Investition 6.900 € netto. In diesem Quartal habe ich noch zwei Plätze frei. Wann passt "
   "Ihnen ein Kennenlerngespräch?\n\nThorsten Weiß", (10, 20)),
  ("inm", "Nur noch ein Platz",
   "Alex, kurze Info: es ist nur noch ein Platz frei. Danach erst wieder im Herbst. Sollen wir telefonieren?", (7, 12)))
P("bait_and_switch_inmail", "it", "Valentina Greco", "Finance Community Manager | Tavole rotonde per CFO", "Roma",
  ("inm", "Invito: tavola rotonda CFO a Roma",
   "Buongiorno Alex, il 9 maggio organizziamo una tavola rotonda a porte chiuse per 12 direttori finanziari del Centro Italia, tema "
   "«tesoreria e tassi negativi». Partecipazione gratuita, colazione offerta. Le farebbe piacere partecipare?"),
  ("inm", "Dopo la tavola rotonda",
   "Buongiorno Alex, le scrivo anche per un altro motivo: collaboro con un'agenzia assicurativa e stiamo proponendo ai CFO una polizza "
   "D&O con condizioni riservate. Posso passarle un preventivo? Bastano 10 minuti al telefono.", (8, 16)),
  era="cur")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Pike", "Financial Analyst | Open to new opportunities!!", "Bristol",
  ("end",), ("end",),
  ("msg", "Hey Alex!! Endorsed you for a couple of skills, you deserve them :) Could you return the favour and endorse me for "
          "Financial Modelling and Excel?? Job hunting at the mo and every little helps!!! Cheers mate", (1, 4)))
P("endorse_me_back", "de", "Nicole Bauer", "Bilanzbuchhalterin (IHK) | DATEV-Expertin", "Dresden",
  ("end",),
  ("msg", "Sehr geehrte(r) Alex Morgan,\n\nich habe Sie heute für die Kenntnis „{skill}“ bestätigt. Ich wäre Ihnen sehr verbunden, wenn Sie "
          "mich im Gegenzug für „Bilanzierung“ und „DATEV“ bestätigen könnten.\n\nVielen Dank im Voraus und mit freundlichen Grüßen\n"
          "Nicole Bauer\nBilanzbuchhalterin (IHK)", (0, 2)))
P("endorse_me_back", "es", "Sergio Vidal Prats", "Consultor SAP FI/CO freelance", "Madrid",
  ("end",), ("end",),
  ("msg", "Alex!!! te he validado en {skill} y en otra más 😉 me devuelves el favor con SAP FI?? TODOS LOS RECRUITERS MIRAN ESO. "
          "gracias crack!!", (1, 3)))
P("endorse_me_back", "it", "Paolo Marchetti", "Dottore Commercialista | Revisore legale", "Bologna",
  ("end",),
  ("msg", "Gentile Alex,\nLe ho segnalato la competenza «{skill}», che Le riconosco volentieri. Le sarei grato se volesse ricambiare "
          "segnalando le mie competenze in «Revisione legale» e «Consulenza fiscale»: sto aggiornando il profilo per lo studio.\n"
          "Cordiali saluti,\nDott. Paolo Marchetti", (1, 5)))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Wayne Carrick", "CEO | Global Wealth Network | Be Your Own Boss!!!", "Glasgow",
  ("inv", "Alex I'm building a team of ambitious people who want MORE from life than a salary. Our top leaders earn 6 figures from home. "
          "Interested?? Let's connect and I'll send you a short video"),
  ("rem",),
  ("inm", "SERIOUSLY??",
   "I SENT YOU AN INVITATION 3 WEEKS AGO AND YOU CANT EVEN CLICK ACCEPT??? People like you are exactly why this country is going "
   "nowhere. Enjoy your 9 to 5 Alex!!!!! Some of us actually want to succeed", (4, 10)))
P("hostility_after_decline", "de", "Hans-Peter Ludwig", "Unternehmensberater | Sanierung & Restrukturierung", "Stuttgart",
  ("inv", DEFAULT),
  ("inm", "Ihre ausbleibende Reaktion",
   "Sehr geehrte Damen und Herren,\nsehr geehrter Herr Morgan,\n\nvor nunmehr drei Wochen habe ich Ihnen eine Kontaktanfrage übermittelt. "
   "Dass Sie es offenbar nicht für nötig erachten, darauf in irgendeiner Form zu reagieren, halte ich für ausgesprochen unprofessionell. "
   "In meiner Generation hat man Korrespondenz beantwortet, auch wenn die Antwort negativ ausfiel.\n\nIch werde mir Ihren Namen merken.\n\n"
   "Hochachtungsvoll\nDr. Hans-Peter Ludwig", (18, 25)))
P("hostility_after_decline", "fr", "Sébastien Moreau", "Trader indépendant | Crypto & Forex | Liberté financière", "Marseille",
  ("inv", "Salut Alex, je partage chaque semaine mes signaux Bitcoin et forex avec un petit groupe privé (+212 % depuis janvier). "
          "Places limitées, accès 99 €/mois. Ajoute-moi et je t'envoie le lien !"),
  ("inm", "Dommage pour toi",
   "Tu as ignoré ma demande. Pas grave. Quand le Bitcoin sera à 100 000 et que tu seras encore en train de faire des tableaux Excel pour "
   "ton patron, repense à moi. Les gens comme toi ne prennent jamais de risques, c'est pour ça qu'ils restent salariés toute leur vie.",
   (10, 20)),
  when=("2017-09-01", "2017-12-15"))
P("hostility_after_decline", "es", "Patricia Lozano", "Directora Comercial | Formación in company para directivos", "Madrid",
  ("inv", "Hola Alex, me gustaría sumarte a mi red. Trabajo con comités de dirección del sector industrial y creo que tenemos mucho en común."),
  ("rem",),
  ("inm", "Qué falta de educación",
   "Alex, te escribí con toda la educación del mundo y ni siquiera te has molestado en contestar. Ni un «no, gracias». Una pena, de "
   "verdad. En este sector nos conocemos todos, que lo sepas. Que te vaya bien.", (5, 12)))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Giancarlo Ferraro", "Promotore finanziario | Gestione patrimoni", "Verona",
  ("msg", "Ciao Alex, ti disturbo un attimo. Con i tassi a zero tenere la liquidità sul conto è un peccato: ho un paio di fondi bilanciati "
          "che nel 2016 hanno fatto molto bene. Ti va un caffè per parlarne? Offro io!"),
  ("msg", "Alex, ti riscrivo per i fondi. Posso mandarti le schede prodotto?", (8, 15)),
  ("msg", "Alex, ti ho scritto tre volte. Capisco che sei una persona IMPEGNATISSIMA, ma un minimo di educazione... tra colleghi non si "
          "fa così. Complimenti davvero. Ti tolgo dai miei contatti, non ho tempo da perdere con gente così.", (10, 20)))
P("hostility_connection", "en", "Lisa Harmon", "Growth Hacker | I help B2B companies 10x their pipeline | Speaker", "Austin",
  ("acc",),
  ("msg", "Hi {{FirstName}}, I noticed we're both connected to some amazing finance leaders! We help CFOs automate their outbound "
          "prospecting and book 20+ qualified meetings a month on autopilot. Worth a quick chat? Here's my calendar: calendly.com/lisa-harmon", (2, 6)),
  ("msg", "Hey Alex, did you see my last message? Would love to show you how we did this for 40+ companies.", (4, 8)),
  ("msg", "Wow. Three messages and not even a 'no thanks'. Guess finance people really are as boring as everyone says. Good luck with "
          "your spreadsheets.", (5, 10)),
  era="cur")
P("hostility_connection", "de", "Frank Oberle", "Geschäftsführer | Oberle IT-Service GmbH", "Augsburg",
  ("msg", "Hallo Alex, wir betreuen mittelständische Unternehmen bei IT-Infrastruktur und Datensicherung. Gerade jetzt zur DSGVO haben "
          "viele Nachholbedarf. Darf ich Ihnen ein Angebot für einen Sicherheits-Check machen?"),
  ("msg", "Sehr geehrter Herr Morgan,\n\nich finde es bemerkenswert, dass man in Ihrer Position offenbar nicht einmal die Zeit findet, "
          "eine sachliche Anfrage mit zwei Zeilen zu beantworten. Diese Arroganz ist leider typisch für Ihre Branche. Ich habe unseren "
          "Kontakt entfernt.\n\nF. Oberle", (14, 30)),
  when=("2018-03-01", "2018-05-20"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Nathalie Girard", "Conseillère en gestion de patrimoine indépendante", "Lyon",
  ("msg", "Bonjour Alex,\nAvec la fin d'année qui approche, avez-vous pensé à réduire votre impôt ? Le dispositif Pinel permet jusqu'à "
          "63 000 € de réduction. J'ai quelques lots à Lyon 7e. Un rendez-vous de 30 minutes ?\nNathalie Girard"),
  ("msg", "Bonjour Alex, je reviens vers vous : les SCPI de rendement servent encore 4,5 % cette année. Je vous envoie la documentation ?", (15, 30)),
  ("msg", "Alex, dernière relance de ma part : pensez aussi au contrat Madelin pour votre retraite. Je reste à votre disposition.", (20, 40)))
P("connection_only_pitches", "fr", "Ahmed Qureshi", "Business Development Manager | Web Design | SEO | Digital Marketing", "Karachi",
  ("msg", "Dear Alex,\n\nHope you are doing well. We are a leading web design and SEO company with 10+ years experience and 500+ happy "
          "clients worldwide. We can redesign your website, make it mobile friendly and bring it on first page of Google.\n\n"
          "Kindly let me know if you are interested so I can share our portfolio.\n\nBest Regards,\nAhmed"),
  ("msg", "Dear Alex, Just following up my previous message. Please let me know your requirement. Thanks", (5, 12)),
  ("msg", "SPECIAL OFFER THIS MONTH: 5 page responsive website + basic SEO only $499!!! Reply YES and I will call you.", (10, 25)),
  nl="en")
P("connection_only_pitches", "es", "Diego Carrasco", "Consultor en Bitcoin y Criptomonedas | Early adopter", "Málaga",
  ("msg", "Hola Alex! Te escribo porque sé que eres de finanzas y vas a entenderlo rápido: estoy en el equipo de una ICO que sale el mes "
          "que viene, plataforma de pagos B2B en blockchain. Whitelist abierta con 25 % de bonus. ¿Te paso el whitepaper?"),
  ("msg", "Alex, la whitelist cierra el domingo. Ya hemos levantado 3.000 ETH. No te quedes fuera, de verdad que es una oportunidad única.", (5, 10)),
  when=("2017-11-01", "2018-02-01"))


# =============================================================== single_pitch
P("single_pitch", "de", "Melanie Franke", "Account Executive | Reisekosten-Software", "München",
  ("msg", "Hallo Alex, danke für die Vernetzung! Wie rechnen Sie Reisekosten heute ab, noch mit Excel und Papierbelegen? Unsere Lösung "
          "spart im Schnitt 70 % Zeit. Ich würde sie Ihnen gern in einer 20-minütigen Online-Demo zeigen. Passt nächste Woche?"))
P("single_pitch", "it", "Alessio Bruno", "Sponsorship Manager | Finance Summit Milano", "Milano",
  ("msg", "Ciao Alex! Quest'anno al Finance Summit Milano aspettiamo 400 professionisti della finanza. Ci sono ancora alcuni spazi per "
          "gli sponsor (desk espositivo da 3.000 €, workshop da 6.500 €). Se la tua azienda vuole farsi conoscere dai CFO è il posto "
          "giusto. Ti giro il media kit?"), era="cur")
P("single_pitch", "it", "Neha Kapoor", "Virtual Assistant Services | Remote Admin & Bookkeeping Support", "Chennai",
  ("msg", "Hello Alex, hope you're having a great week! Are you drowning in admin? 😅 I provide virtual assistant services: inbox "
          "management, invoicing, bookkeeping in Xero/QuickBooks, from $8/hour. Happy to do a free trial day for you!"), nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Tom Ashworth", "Finance Director at Pennine Packaging | ex-Brackley Group", "Nottingham",
  ("msg", "Alex! Long time since Brackley. I gave the zero-based budgeting talk at the ICAEW East Midlands conference on Thursday - "
          "a few people asked for the deck so here it is on SlideShare: slideshare.net/tashworth/zbb-in-practice. Slide 14 is the "
          "template we used, steal it if useful. Hope all's well, Tom"),
  ("msg", "PS the ICAEW branch is running the same session as a free webinar on 12 Oct, counts for CPD. Thought your team might want it.", (2, 6)))
P("connection_brings_value", "de", "Katrin Vogel", "Controllerin | ehemals Kollegin bei Heidel Druckmaschinen", "Heidelberg",
  ("end",),
  ("msg", "Hallo Alex, lange nichts gehört! Wir haben bei uns endlich den Rolling Forecast eingeführt und ich habe die Excel-Vorlage "
          "sauber gemacht. Ich schicke sie dir gern, falls ihr das auch angehen wollt, ganz ohne Hintergedanken. Und: der "
          "Controller-Stammtisch Rhein-Neckar ist jetzt jeden ersten Mittwoch im Monat, komm doch mal vorbei!\nKatrin", (10, 40)))
P("connection_brings_value", "fr", "Julien Bertrand", "Expert-comptable | Membre du bureau DFCG Hauts-de-France", "Lille",
  ("msg", "Bonjour Alex,\n\npour info, la DFCG organise un petit-déjeuner le 21 juin sur la réforme du prélèvement à la source, gratuit "
          "pour les membres et leurs invités, validé pour 2 heures de formation continue. Je peux vous inscrire comme mon invité si vous "
          "voulez.\n\nBien à vous,\nJulien"), when=("2018-04-15", "2018-05-20"))
P("connection_brings_value", "es", "Carmen Ruiz", "Profesora asociada de Contabilidad | Universidad Carlos III", "Madrid",
  ("msg", "Hola Alex, ¿qué tal? Te escribo por algo concreto: un antiguo alumno mío, Pablo Reyes, ahora es responsable de tesorería en "
          "una cotizada y está montando un grupo de trabajo sobre cash pooling. Me preguntó si conocía a alguien con tu experiencia y "
          "pensé en ti. ¿Te parece bien que os presente por correo?"),
  ("msg", "¡Hecho! Os he puesto en copia a los dos. Un abrazo.", (1, 4)), era="cur")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Elena Russo", "Talent Acquisition | Lanificio Barberis S.p.A.", "Biella",
  ("inm", "Head of Controlling - Biella",
   "Buongiorno Alex,\nsto cercando un Head of Controlling per il nostro gruppo (fatturato 180 mln, 4 stabilimenti). Riporta al CFO, "
   "gestisce un team di 6 persone. RAL 85-95k più bonus, auto aziendale. Le andrebbe di sentirci per 20 minuti? Le giro volentieri la "
   "job description completa.\nElena Russo"))
P("stranger_inmail_recruiter", "de", "Michael Krüger", "Partner | Executive Search Finanzen & Controlling", "Hamburg",
  ("inm", "CFO (m/w) Familienunternehmen Norddeutschland",
   "Guten Tag Alex,\n\nim Auftrag eines familiengeführten Maschinenbauers (ca. 900 Mitarbeiter) suche ich einen kaufmännischen "
   "Geschäftsführer / CFO. Berichtslinie an den Beirat, Verantwortung für Finanzen, Controlling, IT und Personal, Jahresgehalt um 220 T€ "
   "plus Tantieme. Ihr Werdegang passt sehr gut. Darf ich Sie vertraulich anrufen?\n\nMit freundlichen Grüßen\nMichael Krüger"))
P("stranger_inmail_recruiter", "fr", "Sophie Lambert", "Consultante recrutement | Cabinet Lambert & Associés", "Paris",
  ("inm", "Poste de DAF adjoint - groupe de distribution",
   "Bonjour Alex,\n\nje recrute pour un client, groupe de distribution spécialisée (350 M€ de CA), un DAF adjoint appelé à succéder au "
   "DAF d'ici deux ans. Rémunération 110-130 K€ + 20 % variable, basé à Paris 8e. Seriez-vous ouvert à un premier échange ? Je vous "
   "envoie la fiche de poste si vous le souhaitez.\n\nCordialement,\nSophie Lambert"), era="cur")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Morrison", "Sales Development Rep | ExpenseWave", "Boston",
  ("inm", "Quick question, Alex",
   "Hi Alex,\n\nI'll keep this short. Companies like yours lose 7% of T&E spend to out-of-policy claims. ExpenseWave fixes that in under a "
   "week. Are you the right person to talk to about this, or could you point me to who is?\n\nJake"),
  ("inm", "Bubbling this up",
   "Hi Alex, just bubbling this to the top of your inbox. 15 minutes next week to see if ExpenseWave is a fit? If not, no worries, just "
   "let me know and I'll stop reaching out.", (4, 9)))
P("stranger_inmail_sales", "es", "Andrés Molina", "Sponsorship Manager | Congreso Nacional de Tesorería", "Madrid",
  ("inm", "Patrocinio Congreso de Tesorería 2019",
   "Estimado Alex:\n\nLe escribo porque su empresa encaja con el perfil de patrocinadores del Congreso Nacional de Tesorería. Aún "
   "disponemos de un paquete oro (stand, ponencia de 20 minutos y 5 pases VIP) por 9.800 € + IVA. ¿Le envío el dossier?\n\n"
   "Un cordial saludo,\nAndrés Molina"), when=("2018-11-01", "2019-02-15"))
P("stranger_inmail_sales", "it", "Chiara De Luca", "Lavoro da casa | Opportunità di business | Libertà finanziaria", "Palermo",
  ("inm", "Un'opportunità per te",
   "Ciao Alex!! Ti piacerebbe guadagnare un secondo stipendio lavorando da casa, anche solo 2 ore al giorno? 💪 Sto cercando persone "
   "serie e ambiziose da inserire nel mio team. Nessuna esperienza richiesta, formazione gratuita. Scrivimi «INFO» e ti spiego tutto!!"),
  ("inm", "Hai letto?", "Alex? Posti quasi esauriti per la formazione di lunedì!! Rispondimi 😊", (3, 7)))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Simon Fairclough", "FCA | ex-KPMG | Manchester Business School alumni", "Manchester",
  ("inv", "Alex - MBS alumni here (MBA 2008, same cohort as Jo Pritchard I think?). We're getting a few finance alumni together for drinks "
          "at the Alchemist on the 3rd. Nothing formal, just catching up. Would be great to see you there!"),
  ("msg", "Great to catch up the other night. As promised, here's the ICAEW CPD webinar on IFRS 9 I mentioned - free for members: "
          "icaew.com/webinars. Worth it for the impairment section alone.", (10, 25)),
  ("msg", "Alex, I should have mentioned - I've moved into pension transfer advice. With DB transfer values at record highs, clients "
          "like you are cashing out 30-40x their annual pension. I'd love to run a free, no-obligation analysis for you. Coffee next week?",
   (20, 45)))
P("good_turns_ugly", "fr", "Élodie Fontaine", "Préparatrice DSCG | Formatrice en comptabilité", "Toulouse",
  ("inv", "Bonjour Alex, j'anime un groupe d'entraide pour le DSCG (UE4 et UE6) sur Facebook et en visio. J'y partage mes fiches gratuitement. "
          "Si des collaborateurs de votre service le préparent, ils sont les bienvenus !"),
  ("msg", "Bonjour Alex, comme promis voici le lien vers le dossier partagé avec toutes les fiches UE4 : drive.google.com/dscg-ue4. "
          "Bon courage à vos équipes !", (6, 14)),
  ("end",),
  ("msg", "Coucou Alex ! Je vous ai recommandé pour « {skill} » 😊 Si vous pouviez me recommander en retour pour « Comptabilité » et "
          "« Formation », ce serait top, je refais mon profil pour trouver des missions. Merci d'avance !!", (1, 3)))
P("good_turns_ugly", "de", "Markus Lehmann", "CFA Charterholder | Volunteer, CFA Society Germany", "Frankfurt am Main",
  ("inv", "Hi Alex, I help organise CFA Society Germany events in Frankfurt. Next one is a free evening talk on IFRS 9 for banks and "
          "corporates, 1.5 CE credits. Thought it might interest you - happy to put you on the guest list."),
  ("msg", "Thanks for coming last week! Here are the slides from the talk: cfa-germany.example/ifrs9-slides.pdf. Let me know if you want "
          "the speaker's contact.", (10, 20)),
  ("msg", "Hi Alex, different topic. I've joined a crypto fund as advisor - we're pre-ICO and offering early allocations to a few "
          "professional investors before the public sale. Minimum ticket is 10k EUR, expected 5-10x in the first year. Interested?", (30, 60)),
  nl="en", when=("2017-06-01", "2017-09-15"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gemma Price", "Income Protection & Life Insurance Specialist", "Cardiff",
  ("inm", "Protecting your income, Alex",
   "Hi Alex, as a senior finance professional your income is your biggest asset. Have you got income protection in place? I can get you "
   "quotes from 12 insurers in 24 hours, completely free. Shall I give you a ring?"),
  ("inv", "Hi Alex, lovely to see so many Cardiff finance folk on here! Would be great to connect and support each other locally :)", (90, 180)))
P("reinvite_known_bad", "it", "Luca Sartori", "Consulente SEO & Web Marketing", "Padova",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ho letto il tuo commento sul post dell'ANDAF e mi è piaciuto molto. Mi farebbe piacere averti nella mia rete!", (120, 200)))
P("reinvite_known_bad", "de", "Dennis Hartmann", "Vertrieb DACH | Buchhaltungs-Outsourcing nach Polen", "Leipzig",
  ("inv", "Hallo Alex, wir übernehmen Ihre Kreditoren- und Debitorenbuchhaltung aus Breslau, deutschsprachige Teams, 40 % günstiger. "
          "Darf ich Ihnen ein unverbindliches Angebot schicken?"),
  ("inv", "Hallo Alex, schöne Grüße aus Leipzig! Ich vernetze mich gern mit Finanzleuten aus der Region.", (150, 240)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Fernando Gil", "Mentor de Libertad Financiera | Network Marketing | Padre de 3", "Alicante",
  ("inv", "Hola Alex!! Busco 5 personas con mentalidad emprendedora para un proyecto que está cambiando vidas. Ingresos extra desde casa. "
          "¿Te cuento?"),
  ("inm", "ASÍ NO SE HACE",
   "Alex, te mandé la invitación con toda mi buena fe y me ignoras. ASÍ NO SE HACE!!! Luego os quejáis de que no hay oportunidades. "
   "Allá tú, sigue en tu zona de confort.", (8, 18)),
  ("inv", "Hola Alex, empezamos con mal pie y te pido disculpas. Me encantaría que conectáramos, sin más.", (120, 220)))
P("reinvite_known_ugly", "fr", "Laurent Petit", "Président | Club des Décideurs Financiers", "Paris",
  ("inm", "Invitation au Club des Décideurs Financiers",
   "Bonjour Alex,\n\nle Club réunit une fois par mois une vingtaine de DAF pour échanger librement autour d'un dîner. Nous serions "
   "heureux de vous accueillir comme invité lors de notre prochaine rencontre, sans engagement.\n\nLaurent Petit"),
  ("inm", "Votre adhésion au Club",
   "Bonjour Alex,\n\nsuite à mon précédent message : l'adhésion annuelle au Club est de 3 900 € HT, et nos partenaires peuvent aussi "
   "sponsoriser un dîner (8 500 € HT) pour présenter leurs solutions aux membres. Quelle formule vous intéresse ?\n\nLaurent Petit", (10, 20)),
  ("inv", "Bonjour Alex, je serais ravi de vous compter parmi mes relations.", (100, 200)), era="cur")
P("reinvite_known_ugly", "en", "Kyle Brennan", "Crypto Investor | ICO Advisor | HODL", "Leeds",
  ("inv", "Alex, bitcoin is the future of finance and CFOs who don't get in now will be left behind. I advise on ICOs - connect and I'll "
          "show you what I'm in."),
  ("inm", "your loss mate",
   "ignored huh. typical dinosaur finance guy. when your company's treasury is worth nothing and mine is up 50x dont say nobody warned "
   "you. LOL", (6, 15)),
  ("inv", "Hey Alex, no hard feelings about before, markets were crazy. Would be good to connect.", (150, 240)),
  when=("2017-11-15", "2018-01-10"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Birgit Neumann", "Versicherungsmaklerin | Betriebliche Altersvorsorge", "Bremen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Da Sie für die Finanzen verantwortlich sind: bieten Sie Ihren Mitarbeitern schon eine "
          "arbeitgeberfinanzierte Altersvorsorge an? Ab 2018 gibt es mit dem Betriebsrentenstärkungsgesetz neue Förderungen. Ich erstelle "
          "Ihnen gern ein Konzept.", (3, 10)))
P("user_invited_pitch_once", "es", "Raúl Domínguez", "Director | Agencia de diseño web y marketing online", "Zaragoza",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación! He visto la web de tu empresa y creo que podríamos darle un buen lavado de cara, sobre "
          "todo en móvil. Te preparo una propuesta sin compromiso?", (2, 8)))
P("user_invited_pitch_once", "fr", "Thomas Garnier", "Business Developer | Centres de services comptables offshore (Maroc, Maurice)", "Paris",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Nous accompagnons des DAF qui externalisent leur comptabilité fournisseurs à Casablanca "
          "ou à Maurice, francophones et 35 % moins cher. Un échange de 20 minutes la semaine prochaine ?", (1, 6)), era="cur")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Stefano Colombo", "Broker assicurativo | Polizze D&O e Key Man", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento. Visto il tuo ruolo, hai già una D&O personale? Molti CFO non sanno di essere scoperti. "
          "Ti preparo un preventivo gratuito?", (2, 7)),
  ("msg", "Ciao Alex, ti riscrivo per la polizza D&O: questo mese le compagnie hanno condizioni migliori. Posso chiamarti giovedì?", (12, 25)))
P("user_invited_pitch_twice", "en", "Mark Ellison", "Events Director | Finance Transformation Summit", "London",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! We're finalising partners for the Finance Transformation Summit in November - 300 senior "
          "finance buyers, a speaking slot and exhibition stand from £7,500. Can I send you the prospectus?", (3, 9)),
  ("msg", "Alex, if sponsorship isn't right this year, delegate passes are £1,495 with 20% off until Friday using code FTS20. "
          "Shall I book you in?", (10, 20)))
P("user_invited_pitch_twice", "es", "Beatriz Navarro", "Asistente virtual | Gestión administrativa y contable online", "Valencia",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por aceptar. Soy asistente virtual y ayudo a directivos a delegar facturación, agenda y conciliaciones "
          "bancarias. Primeras 5 horas gratis. ¿Te interesa?", (2, 6)),
  ("msg", "Hola de nuevo Alex 😊 Este mes tengo dos huecos libres para nuevos clientes, bono de 20 horas por 300 €. ¿Lo hablamos?", (14, 30)),
  era="cur")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Giorgia Fabbri", "Docente | Master in Finanza Aziendale, Università di Bologna", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Ti lascio le slide della lezione sul cash flow forecasting che ti interessavano: "
          "bit.ly/mfa-cashflow. Il 15 novembre facciamo un seminario aperto e gratuito in ateneo, riconosciuto per i crediti formativi "
          "dei commercialisti. Se vuoi venire ti metto in lista.", (1, 5)))
P("user_invited_value", "es", "Marta Serrano", "Responsable de Tesorería | Alumni IE Business School", "Madrid",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación. Como te comenté en el evento de alumni, tengo mis apuntes del CFA nivel I muy "
          "ordenados (y los simulacros corregidos). Si tu analista se presenta en diciembre te los paso encantada, para eso están.", (2, 9)))
P("user_invited_value", "en", "Owen Griffiths", "Head of Finance | CIMA Wales committee", "Swansea",
  ("acc",),
  ("msg", "Thanks for the invite Alex. The CIMA Wales business leaders' dinner is on 8 March - free for members, and the talk beforehand "
          "counts for 2 hours CPD. Happy to put your name down if you'd like to come along.", (2, 7)))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Uwe Schneider", "Leiter Rechnungswesen", "Kassel", ("acc",))
P("acceptance_only", "fr", "Claire Dubois", "Trésorière groupe", "Strasbourg", ("acc",), era="cur")
P("lone_endorsement", "it", "Federica Lombardi", "Analista finanziaria", "Firenze", ("end",))
P("lone_endorsement", "es", "Pilar Herrero", "Técnica de contabilidad", "Granada", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("ICAEW East Midlands", "events@icaew-em.example.org.uk", "CPD evening: IFRS 16 - are you ready?",
     "Dear member,\n\nour next CPD evening is on 23 May at the Nottingham Belfry. Free for members, 2 hours of verifiable CPD. "
     "Slides from past events are on our LinkedIn group.\n\nICAEW East Midlands", "en"),
    ("Jo Pritchard", "jo.pritchard@example.co.uk", "that MLM woman",
     "Alex - did Donna Kessler add you on LinkedIn too? She's sent the same 'business opportunity' note to half our finance team. "
     "I've just been ignoring them.\n\nJo", "en"),
    ("XING", "mailrobot@xing.example.com", "Ihre Kontakte auf XING",
     "Hallo Alex,\n\nwussten Sie schon? Sie können Ihre Kontakte aus LinkedIn und Outlook jetzt mit einem Klick zu XING importieren.\n\n"
     "Ihr XING-Team", "de"),
    ("NVX Token Sale", "presale@nvx-token.example", "⚡ 30% BONUS ends Friday - NVX pre-sale",
     "Dear investor,\n\nthe NVX pre-sale bonus ends this Friday. Join 12,000 members in our Telegram group, as featured on LinkedIn "
     "and Medium.\n\nThe NVX team", "en"),
    ("DFCG Hauts-de-France", "contact@dfcg-hdf.example.org", "Petit-déjeuner DFCG : prélèvement à la source",
     "Bonjour,\n\nle petit-déjeuner du 21 juin est ouvert aux membres et à leurs invités. 2 heures de formation continue. "
     "Retrouvez les supports sur notre page LinkedIn.\n\nDFCG Hauts-de-France", "fr"),
    ("Inés Calvo", "ines.calvo@example.es", "Te he mandado invitación",
     "Hola Alex,\n\n¡cuánto tiempo desde Deloitte! Te he mandado invitación por LinkedIn pero no sé si la usas mucho, así que te escribo "
     "aquí también. A ver si comemos un día.\n\nInés", "es"),
    ("ANDAF Segreteria", "segreteria@andaf.example.it", "Convegno ANDAF: conferma di iscrizione",
     "Gentile Alex,\n\nconfermiamo la sua iscrizione al convegno sul fast close. L'evento vale 4 crediti formativi. Seguiteci su LinkedIn "
     "per le slide dei relatori.\n\nSegreteria ANDAF", "it"),
    ("Kalender", "calendar-noreply@example.de", "Einladung: Controller-Stammtisch Rhein-Neckar",
     "Sie wurden zu „Controller-Stammtisch Rhein-Neckar“ eingeladen (organisiert über die LinkedIn-Gruppe). Annehmen, ablehnen oder "
     "vorläufig zusagen.", "de"),
    ("SlideShare", "no-reply@slideshare.example.net", "Tom Ashworth shared a presentation with you",
     "Tom Ashworth shared \"ZBB in practice\" with you on SlideShare.\n\nSlideShare is a LinkedIn company.", "en"),
    ("Cabinet Lambert & Associés", "s.lambert@lambert-associes.example.fr", "Fiche de poste DAF adjoint",
     "Bonjour Alex,\n\nsuite à notre échange sur LinkedIn, vous trouverez ci-dessous la fiche de poste détaillée. Je reste disponible "
     "pour en parler.\n\nSophie Lambert", "fr"),
    ("Seguros Benítez", "ricardo@seguros-benitez.example.es", "Su plan de pensiones",
     "Estimado Alex:\n\nle contacté por LinkedIn hace unas semanas. Le reenvío nuestra oferta de planes de pensiones para directivos.\n\n"
     "Ricardo Benítez", "es"),
    ("lynda.com", "news@lynda.example.com", "lynda.com is now LinkedIn Learning",
     "Hi Alex,\n\nyour lynda.com courses, including Excel for Finance Professionals, are moving to LinkedIn Learning. Nothing changes "
     "for your subscription.\n\nThe lynda.com team", "en"),
    ("Gruppo studio CFA", "cfa-studio-milano@googlegroups.example.com", "Materiali livello II",
     "Ciao a tutti,\n\nho caricato le schede su derivati e fixed income nella cartella. Chi non è ancora nel gruppo LinkedIn può "
     "chiedermi l'invito.\n\nLuca", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixteenth development corpus (dev16). Generated by scripts/make_corpus_dev16.py (seed {SEED}); do not edit by hand.",
          "# An inbox from 2016-2020, mostly in the 2016 layout: MLM, forex, ICO, work-from-home, growth-hacking templates, offshore "
          "bookkeeping, SEO agencies, sponsorship sellers, brokers; alumni, ex-colleagues, recruiters, CPE/CPD events, study groups, "
          "shared slides. Same format as tests/corpus/dev."]

ERA_WINDOW = {"2016": ("2016-01-10", "2018-06-30"), "cur": ("2019-06-01", "2020-05-31")}


def _day(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)


class Stories16(cs.EraStories):
    """corpus_stories.Stories with a per-person era (ERA), a start window (WHEN) and 2016-2020 dates."""

    def __init__(self, *a, **k) -> None:
        super().__init__(*a, **k)
        self.window: tuple[str, str] | None = None
        stories = self

        def start_date(g, era: str) -> datetime:
            lo, hi = map(_day, stories.window or ERA_WINDOW[era])
            span = int((hi - lo).total_seconds())
            return lo + timedelta(seconds=g.r.randint(0, span))

        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = WHEN.get(name)
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.window = None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev16")
    args = ap.parse_args()
    c = Stories16(SEED, PEOPLE, FOREIGN, ERA)
    c.make_people()
    mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                        "display:outlook.com", "untrusted:mx.example.org", "lookalike:xn--lnkedin-rfb.com", "buried", "wrongpass",
                        "noauth", "lookalike:e-linkedin.info"]
    c.make_spoofs(12)
    c.make_other(12)
    c.make_foreign()
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("eras (people):", dict(sorted(Counter(p.era for p in c.people).items())))
    print("eras (person mails):", dict(sorted(Counter(p.era for p in c.people for m in c.mails if m.person in [p.name] + p.variants).items())))
    print("years (mails):", dict(sorted(Counter(m.date.year for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
