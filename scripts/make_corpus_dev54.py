#!/usr/bin/env python3
"""Write mailbot's fifty-fourth, independent development corpus: tests/corpus/dev54/*.eml + expected.toml.

The angle: writers whose own language is none of the five. Portuguese, Dutch, Polish, Swedish,
Romanian and Greek speakers write to Alex (a finance controller) in English, German, French,
Spanish or Italian, and carry their own idioms, word order and false friends into the note:
"actually" for "currently", "eventually" for "possibly", "pretend" for "intend", "sympathetic"
for "nice", "I stay at your disposal", "make a coffee", portuñol, Dutch word order in German,
Romanian Italian, Greek formality, Swedish understatement. Every scenario of the taxonomy.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py (default finance world, unchanged). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev54.py              # writes tests/corpus/dev54
    python scripts/make_corpus_dev54.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260854

import make_corpus as mc  # noqa: E402,F401
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "João Figueiredo", "Controller | Grupo Nortemar", "Porto",
  ("inv", "Hello Alex, actually I am controller in a group of 6 companies and we are doing the same migration to S/4 that you commented in the forum. "
          "I pretend to write a small checklist of the consolidation problems and share it free with other controllers. Can I ask you 2 or 3 questions?"),
  ("rem",), nl="en")
P("good_invitation", "de", "Maarten de Vries", "Finance Manager | Hollandia Foods", "Utrecht",
  ("inv", "Hallo Alex, wir organisieren am 14. März ein kostenloses Treffen für Controller aus NL und DE in Venlo. Es gibt zwei Vorträge über IFRS 16 und danach Zeit um zu quatschen. "
          "Ich würde mich freuen wenn Sie auch kommen. Groetjes, Maarten"), nl="de")
P("good_invitation", "en", "Agnieszka Wróbel", "Senior Accountant | Team Lead | Wrocław SSC", "Wrocław",
  ("inv", "Dear Mr Alex, I am writing to you because I read your post about month-end close in 4 days. In our shared service center we have now 9 days. "
          "Could you advise me what was the most important change? It would be big help for my team. Best regards, Agnieszka"), nl="en")
P("good_invitation", "fr", "Linnea Bergström", "Head of Group Reporting | Nordkust AB", "Göteborg",
  ("inv", "Bonjour Alex, nous avons travaillé ensemble sur l'audit de Fairbanks en 2019 (j'étais chez le commissaire aux comptes). "
          "Nous cherchons un intervenant pour notre atelier gratuit sur le CSRD à Paris, pas de vente, juste partager l'expérience. Ça vous dirait ?"),
  ("rem",), nl="fr")
P("good_invitation", "it", "Andreea Popescu", "Responsabile amministrazione | Carpatica Italia Srl", "Padova",
  ("inv", "Buongiorno Alex, sono Andreea, faccio parte del gruppo di studio per l'esame di revisore legale. Ci troviamo ogni giovedì online, gratis, "
          "e cerchiamo qualcuno con esperienza vera di consolidato per spiegare qualche caso. Se ha voglia, sarebbe molto gentile."), nl="it")
P("good_invitation", "es", "Eleni Papadaki", "CFO | Aegean Shipping Services", "El Pireo",
  ("inv", "Estimado Alex, Marta Ruiz me dijo que usted es la persona justa para hablar de cash pooling con bancos españoles. "
          "Ella nos presenta por correo también. Sería un placer conocerle, tenemos el mismo problema con las filiales en Valencia."), nl="es")
P("good_invitation", "en", "Nikos Antoniou", "Tax Manager | Big Four alumnus | Athens", "Athens",
  ("inv", "Dear Alex, good evening. I organise a free webinar on the new Pillar Two rules, 1.5 CPE credits, speakers from two tax authorities. "
          "Many colleagues of yours already registered. I would be honoured to have you also."), nl="en")


# =============================================================== default_invitation
P("default_invitation", "en", "Rui Carvalho", "Business Development | Lisbon", "Lisboa", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Tomasz Kaczmarek", "Kierownik sprzedaży | Logistik PL-DE", "Poznań", ("inv", NONOTE))
P("default_invitation", "fr", "Ioana Dumitrescu", "Consultante | Bucarest – Paris", "Bucarest", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Sven Lindqvist", "Account Manager | Nordics & Italy", "Malmö", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bram Janssen", "Founder | ClosePilot – AI for controllers", "Eindhoven",
  ("inv", "Hi Alex, shall we connect? We make the month-end close with AI, controllers using ClosePilot win 3 days every month. "
          "I can show you in a short demo of 20 minutes, when it suits you? Then you can judge by yourself. Greetings, Bram"), nl="en")
P("sales_invitation", "es", "Paulo Mendes", "Diretor Comercial | TesourariaPro Iberia", "Braga",
  ("inv", "Olá Alex, desculpe o meu espanhol. Tenemos una plataforma de tesorería que ya usan 40 empresas en España y Portugal. "
          "Gostaria de presentarle una propuesta con precio especial este trimestre. ¿Podemos marcar una llamada?"), nl="es")
P("sales_invitation", "de", "Katarzyna Nowak", "Business Development Manager | FinOutsource Kraków", "Kraków",
  ("inv", "Guten Tag Herr Alex, wir bieten Buchhaltung und Kreditorenprozesse aus Polen mit deutschsprachigem Team, bis 40% günstiger. "
          "Ich möchte gerne Ihnen unser Angebot vorstellen. Haben Sie nächste Woche 15 Minuten?"), nl="de")
P("sales_invitation", "fr", "Dimitris Georgiou", "Conseiller en gestion de patrimoine | Hellas Wealth", "Athènes",
  ("inv", "Cher Alex, je suis conseiller patrimonial pour les cadres financiers. Avec votre position vous avez sûrement des questions d'optimisation, "
          "je vous offre un bilan patrimonial, on prend un rendez-vous de 30 minutes ?"),
  ("rem",), nl="fr")
P("sales_invitation", "it", "Mihai Ionescu", "Lead generation B2B | Ghostwriting LinkedIn", "Cluj-Napoca",
  ("inv", "Ciao Alex! Aiuto i CFO e i controller a diventare visibili su LinkedIn: scriviamo noi i post e lei riceve i contatti. "
          "Primo mese con lo sconto del 50%. Le interessa? Le mando il listino."), nl="it")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Henrik Sjöberg", "Community lead | Nordic Finance Circle", "Stockholm",
  ("inv", "Hi Alex! I run a small peer circle for finance leaders, we meet online once a month and talk openly about budgets, teams and tools. "
          "No selling, just fika and honest talk. Would be nice to have you in, lagom size, 20 people."),
  ("msg", "Hi again Alex, nice to be connected! Quick thing: the circle is sponsored by my company, we do FP&A software. "
          "Would you be open for a 30 min demo? I give a good price for circle members."),
  ("msg", "Alex, I send you the offer as promised, 20% off the first year license if you sign before the end of the quarter. Just say when we take the call.", (6, 14)), nl="en")
P("bait_and_switch_invitation", "de", "Joost van Dijk", "Partner | Van Dijk Finance Network", "Arnhem",
  ("inv", "Hallo Alex, ich habe eine Frage als Kollege: wie machen Sie bei Ihnen die Planung der Personalkosten? Wir haben das gleiche Problem und ich finde keine gute Lösung."),
  ("msg", "Danke für die Verbindung! Eigentlich habe ich die Lösung schon gefunden: unsere Beratung macht genau das. "
          "Ich kann Ihnen ein Angebot machen für ein Projekt von 6 Wochen, Tagessatz 1.100 €. Wann passt ein Termin?"), nl="de")
P("bait_and_switch_invitation", "es", "Beatriz Almeida", "Fundadora | Rede Mulheres em Finanças", "Lisboa",
  ("inv", "Hola Alex, estamos creando una comunidad ibérica de profesionales de finanzas, con mentoría gratuita entre colegas. "
          "Me gustaría mucho que hiciera parte de ella. ¡Un abrazo!"),
  ("msg", "Alex, muchas gracias por aceptar. Le cuento: además de la comunidad trabajo con seguros de vida y planes de pensiones para directivos. "
          "¿Puedo enviarle una simulación sin compromiso? Solo necesito su fecha de nacimiento."), nl="es")
P("bait_and_switch_invitation", "fr", "Piotr Zieliński", "Fondateur | Club des DAF Europe Centrale", "Varsovie",
  ("inv", "Bonjour Alex, connectons-nous comme collègues directeurs financiers, je prépare un guide gratuit sur les prix de transfert Pologne-France et je peux vous l'envoyer."),
  ("msg", "Merci Alex. Le guide arrive bientôt. En attendant, notre cabinet fait la documentation des prix de transfert pour 4 900 € par entité, "
          "je peux vous faire un devis ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour le devis, l'offre est valable jusqu'au 30. Vous avez combien d'entités exactement ?", (5, 20)), nl="fr")
P("bait_and_switch_invitation", "it", "Cristina Munteanu", "Presidente | Associazione Controller Romeni in Italia", "Torino",
  ("inv", "Buongiorno Alex, la nostra associazione fa incontri tra controller italiani e rumeni, per scambiare esperienze. È tutto gratuito, "
          "mi farebbe piacere invitarla alla prossima serata a Torino."),
  ("msg", "Carissimo Alex, grazie del collegamento! Le scrivo perché oltre all'associazione ho una società di recupero crediti in Romania. "
          "Se avete clienti morosi lì, le faccio un preventivo, commissione solo sul recuperato."), nl="it")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Stavros Kalogeropoulos", "Director | Hellenic CFO Forum", "Thessaloniki",
  ("inm", "Invitation to our CFO roundtable", "Dear Alex, I hope you are well. We are a small forum of finance directors and I would like to inform you that we have "
          "our next roundtable in Athens, free of charge. Your experience would be very valuable for the discussion."),
  ("inm", "Following our roundtable", "Dear Alex, as promised I come back to you. Our partner firm offers ERP implementation for mid-sized groups, "
          "and for forum members there is a special package. May I arrange a presentation with their team next week?", (4, 12)), nl="en")
P("bait_and_switch_inmail", "de", "Wouter Bakker", "Research Director | Benchmark Controlling Europa", "Rotterdam",
  ("inm", "Benchmark-Studie Controlling 2026", "Hallo Alex, wir machen eine Umfrage über die Dauer des Monatsabschlusses in Europa. Wenn Sie mitmachen, "
          "bekommen Sie den ganzen Bericht gratis. Es kostet nur 10 Minuten."),
  ("inm", "Ihr Benchmark-Ergebnis", "Hallo Alex, danke fürs Mitmachen! Ihr Ergebnis liegt unter dem Durchschnitt. Wir können Ihnen helfen: "
          "unser Beratungspaket \"Fast Close\" kostet 18.000 €. Ich schlage einen Termin am Dienstag vor."),
  ("inm", "Fast Close – letzte Erinnerung", "Alex, nur eine kurze Erinnerung an unser Angebot, der Preis gilt noch bis Freitag."), nl="de")
P("bait_and_switch_inmail", "es", "Adriana Stan", "Coordinadora | Grupo de Mentores Financieros", "Bucarest",
  ("inm", "¿Le gustaría ser mentor?", "Estimado Alex, buscamos profesionales con experiencia para ser mentores voluntarios de jóvenes contables. "
          "Una hora al mes, sin ningún coste. ¿Estaría disponible eventualmente?"),
  ("inm", "Mentoría – siguiente paso", "Estimado Alex, para entrar en el programa de mentores hay que hacer nuestra certificación de coaching, "
          "que cuesta 1.250 €. Le dejo el enlace de inscripción, las plazas son limitadas."), nl="es")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Pedro Nogueira", "Financial Analyst | Open to work", "Coimbra",
  ("end",), ("end",),
  ("msg", "Hi Alex, all good? I endorsed you in {skill} and other skills, you deserve. Can you do the same favour for me? "
          "Financial Modelling and Excel, please. I am looking for a new job and it gives me more visibility. Big hug"), nl="en")
P("endorse_me_back", "de", "Marek Lewandowski", "Controller | Automotive Zulieferer", "Gliwice",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} empfohlen. Würden Sie mir bitte auch bestätigen Controlling und SAP CO? Vielen Dank im Voraus!"), nl="de")
P("endorse_me_back", "it", "Sofia Karagianni", "Junior Controller | Milano", "Milano",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho dato un paio di conferme per {skill}, spero ti fa piacere. Mi faresti anche tu una conferma su Budgeting e Reporting? "
          "Sto cercando lavoro qui in Italia e ogni cosa aiuta. Grazie mille!"), nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Daan Visser", "Sales Director | DataBridge BV", "Amsterdam",
  ("inv", "Hi Alex, I see we are both in finance tech. Let's connect!"),
  ("rem",),
  ("inm", "No reaction?", "Alex, I must be direct, that is how we do it in Holland. Ignoring an invitation is just not done. "
          "I took time to write you personally and you cannot even click a button. Very unprofessional for somebody with your title."), nl="en")
P("hostility_after_decline", "fr", "Ana Ribeiro", "Consultora SAP FI/CO | Freelance", "Setúbal",
  ("inv", DEFAULT),
  ("inm", "Sans réponse", "Bonjour Alex, je constate que vous avez ignoré ma demande. C'est dommage, les gens qui se croient trop importants pour répondre "
          "finissent toujours seuls. Je vous souhaite bonne chance quand même, vous en aurez besoin."), nl="fr")
P("hostility_after_decline", "de", "Radosław Mazur", "Vertriebsleiter DACH | KPI-Soft", "Katowice",
  ("inv", "Guten Tag, ich möchte Ihnen unsere Reporting Software vorstellen, sehr gute Preise für Deutschland."),
  ("inm", "Ihre Unhöflichkeit", "Herr Alex, zweimal habe ich geschrieben und keine Antwort. In Polen wäre das eine Beleidigung. "
          "Sie sollten lernen, wie man mit Menschen umgeht. Wie können Sie es wagen, Leute so zu behandeln?"), nl="de")
P("hostility_after_decline", "es", "Georgios Nikolaidis", "Business Consultant | Iberia & Greece", "Atenas",
  ("inv", "Hola Alex, me encantaría conectar contigo, tengo muchos contactos en el sector financiero."),
  ("rem",),
  ("inm", "Una lección de educación", "Alex, en Grecia decimos que la hospitalidad es sagrada. Usted ha rechazado mi invitación sin una palabra. "
          "Es una falta de respeto y de educación increíble. Ya no me interesa su red."), nl="es")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Karolina Dąbrowska", "Owner | Accounting Outsourcing Poland", "Łódź",
  ("msg", "Hello Alex, how are you? I have a proposition for you: we take your accounts payable processing for 0.80 € per invoice. "
          "Do you want that I send the offer?"),
  ("msg", "Alex, I wrote you already two times and you read but not answer. This is very rude. In business we answer, even a no. "
          "I think I will remove you, people like you give bad name to finance."), nl="en")
P("hostility_connection", "it", "Erik Johansson", "Nordic Business Developer | Italia", "Bergamo",
  ("acc",),
  ("msg", "Ciao Alex, grazie della connessione. Vendiamo mobili da ufficio svedesi, di design, per le vostre nuove sedi. Posso mandare il catalogo?"),
  ("msg", "Alex, sinceramente non capisco. Mi aggiungi e poi non rispondi mai? Questo comportamento è davvero maleducato e poco professionale. "
          "Potevi anche non accettare."), nl="it")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Tiago Pereira", "Growth | NearshorePT – Dev teams from Portugal", "Lisboa",
  ("msg", "Hello Alex! Everything fine? We are a nearshore company with 120 developers in Lisbon and Porto. If your company needs to reinforce the IT team, "
          "we have good rates. Can we make a call this week?"),
  ("msg", "Hi Alex, only to remember my last message. We have available actually a team of 4 people with SAP experience. Let me know!"),
  ("msg", "Alex, last try :) I attach our rate card. 35 €/h for senior developers. Call me when you want."), nl="en")
P("connection_only_pitches", "de", "Femke Smit", "Account Manager | Expense Cloud", "Den Haag",
  ("msg", "Hallo Alex, ich hoffe es geht Ihnen gut. Ich wollte fragen ob Sie schon eine Lösung haben für Spesenabrechnung. Unsere App ist sehr einfach. Demo?"),
  ("msg", "Hallo Alex, kurze Nachfrage zu meiner Nachricht. Wir haben jetzt eine Aktion: 3 Monate kostenlos wenn Sie bis Ende Monat unterschreiben."), nl="de")
P("connection_only_pitches", "fr", "Vlad Constantin", "Directeur commercial | RoFactoring", "Iași",
  ("msg", "Bonjour Alex, nous proposons l'affacturage pour les entreprises qui ont des filiales en Roumanie, financement en 48 heures. Je peux vous présenter nos conditions ?"),
  ("msg", "Bonjour Alex, je me permets de relancer. Nos taux actuels sont très compétitifs, à partir de 0,9 %. Un petit appel cette semaine ?"), nl="fr")


# =============================================================== single_pitch
P("single_pitch", "es", "Margarida Sousa", "Comercial | Contabilidade Online Ibérica", "Faro",
  ("msg", "Hola Alex, ¿qué tal todo? Te escribo porque tenemos un servicio de contabilidad online para filiales pequeñas en Portugal, "
          "desde 150 € al mes. Si quieres te hago un presupuesto."), nl="es")
P("single_pitch", "en", "Oskar Nilsson", "Key Account | Travel & Expense | Nordics", "Uppsala",
  ("msg", "Hi Alex, hope the spring is treating you well. Not to be pushy, but maybe a card program with cashback for your travelling staff could be interesting? "
          "Happy to send a short proposal, no stress."), nl="en")
P("single_pitch", "it", "Konstantinos Vlachos", "Broker assicurativo | Atene – Roma", "Roma",
  ("msg", "Gentile Alex, mi permetto di proporle una polizza D&O per i dirigenti della sua azienda, con condizioni molto simpatiche. Posso inviarle un preventivo?"), nl="it")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Lotte Hendriks", "Group Controller | Flevo Logistics", "Almere",
  ("msg", "Hi Alex, I promised you the template of our intercompany reconciliation after the meeting in Düsseldorf. Here it is, you can use it freely. "
          "If something is not clear, just shout."), nl="en")
P("connection_brings_value", "de", "Monika Szymańska", "Leiterin Rechnungswesen | Baltic Steel GmbH", "Szczecin",
  ("end",),
  ("msg", "Hallo Alex, ich habe gesehen dass Ihre Firma eine Stelle als Bilanzbuchhalter sucht. Ich kenne eine sehr gute Kandidatin, die von Stettin nach Berlin umzieht. "
          "Soll ich Sie in Kontakt bringen? Sie weiß schon Bescheid."), nl="de")
P("connection_brings_value", "fr", "Elena Stavrou", "Responsable formation | Ordre des experts-comptables", "Lyon",
  ("msg", "Bonjour Alex, petite info : le séminaire sur la norme IFRS 18 du 12 juin est gratuit pour les membres, 7 heures de formation validées. "
          "Il reste des places, je vous mets le lien si ça vous intéresse."),
  ("msg", "Merci d'être venu ! Voici les diapositives et l'attestation de formation. À la prochaine."), nl="fr")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Ingrid Holm", "Talent Acquisition | Scandinavian Paper Group", "Karlstad",
  ("inm", "Group Financial Controller – Karlstad or remote", "Hi Alex, I am the in-house recruiter at Scandinavian Paper Group. We look for a Group Financial Controller, "
          "permanent, reporting to our CFO, hybrid with 2 days per month in Karlstad. Salary around 85-95k EUR. Would you be interested to hear more?"), nl="en")
P("stranger_inmail_recruiter", "de", "Bogdan Radu", "Head of Finance | Transilvania Automotive GmbH", "Sibiu",
  ("inm", "Leiter Controlling (m/w/d) in Nürnberg", "Sehr geehrter Herr Alex, ich bin Finanzleiter und suche für unsere deutsche Tochter einen Leiter Controlling. "
          "Die Stelle ist unbefristet, direkt bei mir. Ich schicke gerne die Stellenbeschreibung. Mit freundlichen Grüßen, Bogdan Radu"), nl="de")
P("stranger_inmail_recruiter", "es", "Luís Tavares", "Recrutador | Finance & Accounting | Madrid", "Madrid",
  ("inm", "Director financiero – empresa industrial en Zaragoza", "Buenas tardes Alex, estoy reclutando un Director Financiero para un grupo industrial en Zaragoza, "
          "contrato indefinido, 95-110 k€ más bonus. Tu perfil encaja muy bien. ¿Te apetece que hablemos con calma? Abrazo"), nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jakub Wiśniewski", "CEO | InvoiceBot.pl", "Gdańsk",
  ("inm", "Automatize your invoices", "Dear Alex, our robot reads invoices with 99% accuracy. Many companies in Germany use it. "
          "I propose a demo online, 30 minutes. What date is comfortable for you?"), nl="en")
P("stranger_inmail_sales", "fr", "Sanne Mulder", "Sales Europe | CashForecast.io", "Amsterdam",
  ("inm", "Prévision de trésorerie", "Bonjour Alex, j'espère que vous allez bien. Notre outil fait la prévision de trésorerie automatique. "
          "Je voudrais vous montrer, êtes-vous disponible pour un rendez-vous ?"),
  ("inm", "Re: Prévision de trésorerie", "Bonjour Alex, je relance juste une fois. Nous avons un prix spécial pour les nouveaux clients français ce mois-ci."), nl="fr")
P("stranger_inmail_sales", "it", "Alexandros Dimou", "Consulente | Investimenti immobiliari Grecia", "Salonicco",
  ("inm", "Golden Visa Grecia", "Buongiorno Alex, con un investimento immobiliare da 250.000 € in Grecia lei può ottenere il Golden Visa e un rendimento del 6%. "
          "Posso chiamarla per spiegare tutto?"), nl="it")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Catarina Lopes", "Finance Transformation | Porto", "Porto",
  ("inv", "Hi Alex, I saw you are also in the controllers group of ICV. I am organizing a free online session about rolling forecast with two CFOs, would you like to join?"),
  ("msg", "Thanks for coming yesterday, Alex! Here are the slides and the recording link, please share with your team if useful."),
  ("msg", "Alex, now that you know our work, I want to propose you our rolling forecast implementation, 12 weeks, fixed price. Can we schedule a meeting with your CFO?"), nl="en")
P("good_turns_ugly", "de", "Jeroen Willems", "Controller | Benelux Chemie", "Maastricht",
  ("inv", "Hallo Alex, ich habe eine Frage als Kollege: wie rechnen Sie die Umlagen der IT-Kosten an die Gesellschaften? Wir diskutieren das gerade mit dem Prüfer."),
  ("msg", "Vielen Dank für die Erklärung, sehr hilfreich! Als Dank schicke ich Ihnen unser Excel-Modell für die Umlagen, vielleicht nützt es."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Könnten Sie mich bitte auch bestätigen für Kostenrechnung und Konzernabschluss? Das wäre nett."), nl="de")
P("good_turns_ugly", "fr", "Alina Georgescu", "Responsable comptable | Groupe Danubia", "Strasbourg",
  ("inv", "Bonjour Alex, je monte un petit groupe d'entraide pour les comptables qui préparent le DSCG, gratuit, en ligne. Une heure de votre expérience serait un cadeau pour eux."),
  ("msg", "Merci encore pour votre intervention, les participants ont adoré. Je vous envoie le résumé des questions."),
  ("msg", "Alex, petite proposition : mon mari est courtier en crédit immobilier. Vous cherchez à acheter ? Il peut vous obtenir un meilleur taux, je vous mets en contact ?"), nl="fr")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gustav Lindberg", "Sales | ReconcileNow AB", "Stockholm",
  ("inm", "Reconciliation in minutes", "Hi Alex, we automate bank reconciliation. Can I book 20 min with you to show?"),
  ("inv", "Hi Alex, would be nice to be connected, we are in the same field after all. Have a nice weekend!"), nl="en")
P("reinvite_known_bad", "es", "Nuno Correia", "Consultor | Portugal", "Lisboa",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, nos conocimos en el congreso de AECA en Madrid, me encantó tu charla sobre presupuestos base cero. ¿Conectamos?"), nl="es")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Paweł Kowalczyk", "Business Development | BalticERP", "Gdynia",
  ("inv", "Guten Tag, ich möchte Ihnen unser ERP für Mittelstand anbieten."),
  ("inm", "Keine Antwort", "Herr Alex, Sie sind wirklich arrogant. Ich habe Ihnen höflich geschrieben und Sie ignorieren mich. So macht man kein Business."),
  ("inv", "Hallo Alex, vielleicht war der Anfang nicht gut. Ich möchte gerne neu beginnen und mich vernetzen."), nl="de")
P("reinvite_known_ugly", "en", "Theodora Mavridou", "Founder | Women in Greek Finance", "Athens",
  ("inm", "Join our network of women in finance", "Dear Alex, I would like to invite you to our international network of finance professionals, we share knowledge and events for free."),
  ("inm", "Your membership", "Dear Alex, thank you for the interest. To activate the membership, the annual fee is 490 EUR, which gives you access to our paid masterclasses."),
  ("inv", "Dear Alex, I would be glad to have you in my network. Warm regards from Athens."), nl="en")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Willem de Groot", "Director | Groot Interim Finance", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Nice to meet at the congress. By the way, we have interim controllers available from next month, if you need someone during the close. "
          "Shall I send you some CVs with the rates?"), nl="en")
P("user_invited_pitch_once", "fr", "Mariana Castro", "Directrice commerciale | LusoPay", "Lisbonne",
  ("acc",),
  ("msg", "Merci beaucoup pour l'invitation Alex. Je profite : notre solution de paiements transfrontaliers réduit les frais de change de 60 %. "
          "Je peux vous faire une proposition pour vos filiales ?"), nl="fr")
P("user_invited_pitch_once", "it", "Ionuț Stoica", "Business Developer | Software Factory Timișoara", "Timișoara",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Siamo una software house di Timișoara, sviluppiamo dashboard di Power BI per il controllo di gestione a prezzi molto buoni. "
          "Le posso presentare qualche progetto fatto per clienti italiani?"), nl="it")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Magdalena Kamińska", "Partner | PolTax Advisory", "Warszawa",
  ("acc",),
  ("msg", "Dear Alex, thank you for accepting. Our office makes tax compliance for German companies with Polish subsidiaries. May I send our offer?"),
  ("msg", "Dear Alex, I send you the offer in attachment. Fixed fee 1,200 EUR per month for one entity. When we can discuss?"), nl="en")
P("user_invited_pitch_twice", "de", "Pieter Hoekstra", "Geschäftsführer | Hoekstra Lease", "Groningen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wir machen Leasing für Dienstwagen in Deutschland und Holland. Ich würde gern ein Angebot machen für Ihre Flotte."),
  ("msg", "Hallo Alex, haben Sie meine Nachricht bekommen? Ich kann diese Woche bei Ihnen vorbeikommen, dann gehen wir zusammen die Zahlen durch.", (7, 20)), nl="de")
P("user_invited_pitch_twice", "es", "Vasiliki Petrou", "Directora de ventas | ShipFinance Hellas", "Atenas",
  ("acc",),
  ("msg", "Hola Alex, gracias por aceptarme. Ofrecemos financiación de circulante para importadores, con aprobación en 72 horas. ¿Le interesa una propuesta?"),
  ("msg", "Alex, le escribo de nuevo porque este mes tenemos condiciones especiales. ¿Tiene 15 minutos el jueves para una llamada?"), nl="es")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Emma Lundgren", "Head of FP&A | Vasa Retail", "Västerås",
  ("acc",),
  ("msg", "Thanks for the invite Alex, it was a pleasure at the panel. As I promised, here is our driver-based planning model, anonymized. "
          "It is not perfect but maybe it helps. Let's have a coffee if you come to Stockholm."), nl="en")
P("user_invited_value", "fr", "Sérgio Martins", "Professeur de contrôle de gestion | Universidade do Minho", "Braga",
  ("acc",),
  ("msg", "Merci Alex ! Comme discuté, je vous envoie notre étude de cas sur le calcul des coûts dans l'industrie textile, vous pouvez l'utiliser pour former vos juniors. "
          "Et si vous voulez, mes étudiants de master cherchent des stages en contrôle de gestion."), nl="fr")
P("user_invited_value", "de", "Aleksandra Zając", "Senior Managerin Konzernrechnungslegung | Big Four", "Frankfurt",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung. Anbei wie besprochen unsere Checkliste zu den neuen Angabepflichten, frei verwendbar. "
          "Und am 20. gibt es bei uns ein kostenloses Update-Frühstück, Sie sind herzlich eingeladen."), nl="de")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Răzvan Dobre", "CFO | Dacia Components Italia", "Brescia", ("acc",))
P("acceptance_only", "en", "Femke van Leeuwen", "Controller | Port of Rotterdam area", "Rotterdam", ("acc",))
P("lone_endorsement", "fr", "Panagiotis Zervas", "Analyste financier | Bruxelles", "Bruxelles", ("end",))
P("lone_endorsement", "es", "Inês Vaz", "Contable | Oporto", "Oporto", ("end",))


# =============================================================== more voices
P("good_invitation", "de", "Björn Eklund", "Treasury Manager | Svea Maskin GmbH", "Hamburg",
  ("inv", "Hallo Alex, ich habe Ihren Beitrag über Zinsabsicherung gelesen. Wir haben ähnliche Kredite bei deutschen Banken. Darf ich Sie eventuell "
          "eine kurze Frage stellen wie Sie das Hedge Accounting dokumentiert haben? Ich wäre sehr dankbar."), nl="de")
P("good_invitation", "en", "Marius Vasilescu", "PhD candidate | Management Accounting | Bucharest University", "Bucharest",
  ("inv", "Dear Mr. Alex, I am doing my PhD about beyond budgeting in Central European companies. I would be very grateful if you accept a short interview of 30 min. "
          "All answers are anonymous and I will send you the final results for free."),
  ("rem",), nl="en")
P("sales_invitation", "en", "Filipa Rocha", "Partner | Rocha & Associados – Golden Visa Portugal", "Lisboa",
  ("inv", "Hi Alex, I help executives to invest in Portugal and get residence with tax benefits (NHR). Would you like I send you a short presentation? Kind regards"), nl="en")
P("default_invitation", "es", "Łukasz Pawlak", "Freelance | Finanzas", "Kraków", ("inv", NONOTE))
P("bait_and_switch_invitation", "en", "Evangelos Markou", "Founder | CFO Peer Advisory Europe", "Limassol",
  ("inv", "Dear Alex, I would like to invite you to a closed peer group of finance directors from 8 countries. We share best practices, completely non-commercial. Hope you accept."),
  ("msg", "Dear Alex, welcome! To finalize your place in the peer group, there is a small annual membership of 3,500 EUR which includes one coaching session per month. "
          "Shall I send the invoice to your company?"), nl="en")
P("endorse_me_back", "fr", "Cláudia Fonseca", "Contrôleuse de gestion | Lyon", "Lyon",
  ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé pour {skill}, j'espère que ça te fait plaisir. Tu peux me rendre la pareille pour Contrôle de gestion ? "
          "Ça m'aiderait beaucoup pour ma recherche. Bisous du Portugal"), nl="fr")
P("stranger_inmail_recruiter", "it", "Annelies Peeters", "Recruiter interna | Van Loon Foods Italia", "Verona",
  ("inm", "Posizione: Responsabile Controllo di Gestione", "Buongiorno Alex, sono recruiter interna per Van Loon Foods. Cerchiamo un responsabile controllo di gestione "
          "per lo stabilimento di Verona, tempo indeterminato. Se è interessato le mando la descrizione completa, eventualmente possiamo sentirci."), nl="it")


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Maarten de Vries", "maarten.devries@hollandia.example.nl", "Treffen Venlo – Programm",
     "Hallo Alex,\n\nich habe Ihnen auch über LinkedIn geschrieben, aber hier ist das Programm für den 14. März. Parken ist gratis.\n\nGroetjes,\nMaarten", "de"),
    ("Wrocław SSC Newsletter", "news@ssc-wroclaw.example.pl", "Shared services news – March",
     "Dear subscriber,\n\nthis month: how to shorten the close. Follow us also on LinkedIn for the daily tips.", "en"),
    ("Nordkust AB Ekonomi", "ekonomi@nordkust.example.se", "Intercompany invoices Q1",
     "Hi Alex,\n\nplease find the intercompany invoices for Q1. Linnea asked me to say she sent you an invitation on LinkedIn for the workshop.", "en"),
    ("Secretaría AECA", "secretaria@aeca.example.es", "Inscripción confirmada – Congreso AECA",
     "Estimado Alex,\n\nsu inscripción está confirmada. Comparta su participación en LinkedIn con la etiqueta del congreso.", "es"),
    ("Ufficio HR", "hr@example-industries.example", "Aggiornamento profilo",
     "Ciao Alex,\n\nricordati di aggiornare la foto su LinkedIn e sull'intranet prima del lancio del nuovo sito.", "it"),
    ("Service clients RoFactoring", "contact@rofactoring.example.ro", "Votre demande de documentation",
     "Bonjour,\n\nsuite à notre échange sur LinkedIn, voici notre plaquette commerciale. Cordialement.", "fr"),
    ("IT Helpdesk", "helpdesk@example-industries.example", "Phishing warning: fake LinkedIn mails",
     "Hello all,\n\nwe see fake LinkedIn invitations from linkedln domains. Do not click. Report to this address.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-fourth development corpus (dev54). Generated by scripts/make_corpus_dev54.py (seed {SEED}); do not edit by hand.",
          "# Writers whose own language is none of the five (Portuguese, Dutch, Polish, Swedish, Romanian, Greek) writing in en/de/fr/es/it, "
          "with their idioms and false friends. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev54", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
