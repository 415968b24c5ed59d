#!/usr/bin/env python3
"""Write mailbot's thirteenth, independent development corpus: tests/corpus/dev13/*.eml + expected.toml.

The angle: the tactics of modern outreach, and the honest notes that resemble them.
Pitches written on someone's behalf ("reaching out on behalf of our CEO", "my colleague
asked me to connect"), by agencies and virtual assistants, with the seller named only in a
signature; the pitch hidden in a P.S., after a long friendly paragraph, or split over two
messages (a harmless one, then the pitch the next day); notes that are only a link with
one line of text, or only a question ("Are you the right person for procurement?");
machine-translated and template notes with unfilled merge fields, mixed-language notes;
referral and partner programmes, affiliate links, revenue share, white label. Next to
them, honest look-alikes that stay good: a peer's calendly link to a free mentoring slot,
a former colleague's startup asking for honest feedback with nothing to sell, an alumni
gala where the user is a guest, an author's free e-book with no follow-up, recruiters with
a concrete role (one of them on a template with an unfilled merge field). Hostility in
cold, formal, sarcastic and emoji registers; endorse-me-back blunt and dressed up as
"mutual support".

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge, parser or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev13.py              # writes tests/corpus/dev13
    python scripts/make_corpus_dev13.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260613

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
NEXT_DAY = (1, 1)


# =============================================================== good_invitation
P("good_invitation", "en", "Hannah Okafor", "Head of FP&A | ACCA mentor (pro bono)", "Leeds",
  ("inv", "Hi Alex, a couple of people from your team commented on my post about moving from controlling into FP&A and asked for time. "
          "I mentor for free through the ACCA scheme, so I've opened some 30-min slots here: https://calendly.com/hannah-okafor/mentoring\n"
          "Feel free to pass it on, or grab one yourself if you want a sounding board. Nothing to buy, I just remember how much my own mentor helped."),
  ("rem",))
P("good_invitation", "de", "Friederike Brandes", "Co-Founder (pre-launch) | ex-Konzernkonsolidierung", "Hamburg",
  ("inv", "Hallo Alex, wir saßen vor ein paar Jahren zusammen im Konsolidierungsteam von Herrn Weber, falls Sie sich erinnern. "
          "Ich habe mit zwei Freunden ein kleines Tool für Intercompany-Abstimmungen gebaut und suche ehrliches Feedback von Leuten, die den Schmerz kennen. "
          "Wir verkaufen nichts, wir sind nicht einmal am Markt. Wenn Sie mir sagen, was daran Unsinn ist, hilft mir das mehr als jedes Lob – gern auch kurz per Nachricht."))
P("good_invitation", "fr", "Bastien Leroux", "Ancien DAF de PME | auteur", "Nantes",
  ("inv", "Bonjour Alex, j'ai écrit un petit livre sur la trésorerie des PME, 15 ans de terrain en 120 pages. Je l'offre en PDF, sans inscription ni newsletter : "
          "https://bastienleroux.example.fr/tresorerie-pme.pdf — et il n'y aura pas de relance de ma part. Si vous avez des remarques, elles m'intéressent."),
  ("rem",))
P("good_invitation", "es", "Rocío Almansa", "Socia | Búsqueda de directivos (retained) | Finanzas", "Murcia",
  ("inv", "Hola Alex: busco Director/a Financiero/a para una empresa familiar de alimentación en Murcia (180 M€ de facturación, 600 personas, reporte directo al CEO). "
          "Banda salarial 130-150k + variable. Es una búsqueda encargada por la familia, no estoy llenando una base de datos. ¿Te cuento más, o se te ocurre alguien?"),
  ("rem",))
P("good_invitation", "it", "Tommaso Gallo", "Segretario, Associazione Alumni Finanza Bocconi (volontario)", "Milano",
  ("inv", "Ciao Alex, sono il segretario dell'associazione alumni. Il 18 ottobre c'è la cena di gala annuale a Milano: i mentor del nostro programma studenti "
          "sono nostri ospiti, senza quota. Durante la serata c'è una raccolta fondi per le borse di studio, del tutto facoltativa, nessuno ti chiederà nulla. "
          "Mi farebbe piacere averti al tavolo dei mentor."),
  ("rem",))
P("good_invitation", "it", "Dariusz Nowak", "Group Controller | S/4HANA migration", "Wrocław",
  ("inv", "Quick one, controller to controller: when you moved to S/4, did you keep BPC for consolidation or go to Group Reporting? We decide next month and I'd rather hear it from someone who lived it."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "en", "Tyson Reyes", "Growth Hacker | Automation | Outreach at scale", "Manila", ("inv", NONOTE), ("rem",))
P("default_invitation", "fr", "Loïc Fabre", "Chargé d'affaires", "Montpellier", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Silvia Marchi", "Consulente", "Ancona", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Kayla Brooks", "Executive Assistant to the CEO at Ledgerline", "Toronto",
  ("inv", "Hi Alex, I'm reaching out on behalf of our CEO, Mark Delaney. Mark has been following your work and would love to personally walk you through Ledgerline, "
          "the AP automation platform 400+ finance teams run on. Could I find 20 minutes in his calendar for you next week?\n\nBest,\nKayla"),
  ("rem",))
P("sales_invitation", "de", "Joy Santos", "Virtual Assistant", "Cebu",
  ("inv", "Hi Alex! My colleague Stefan asked me to connect with you, he thinks the two of you should talk about how your team handles FX exposure. "
          "Would Thursday or Friday suit for a short call?\n\nJoy Santos\nVirtual Assistant to Stefan Kühn\nKühn Treasury Advisory – FX hedging programmes for Mittelstand CFOs"),
  nl="en")
P("sales_invitation", "fr", "Maxime Tessier", "Growth | ClôtureFlash", "Lille",
  ("inv", "Alex, 2 minutes pour voir ce que ça donnerait chez vous 👉 https://clotureflash.example.fr/daf?utm_source=li"))
P("sales_invitation", "es", "Aitana Robles", "SDR | Plataforma de compras indirectas", "Madrid",
  ("inv", "Hola Alex, ¿eres tú la persona adecuada para temas de compras en tu empresa? Si no, ¿me podrías decir quién es?"),
  ("rem",))
P("sales_invitation", "it", "Nicola Ferretti", "Business Development | SpeseSmart", "Torino",
  ("inv", "Ciao {first_name}, ho visto che [COMPANY] sta crescendo molto e ho pensato che la nostra piattaforma per le note spese potrebbe esserti utile. "
          "Ti va di fare due chiacchiere la prossima settimana?"),
  ("rem",))
P("sales_invitation", "de", "Benedikt Hauser", "Partner Manager | PlanWerk Controlling-Software", "München",
  ("inv", "Hallo Alex, wir bauen gerade unser Partnernetzwerk im Finanzumfeld aus. Das Modell ist einfach: Sie empfehlen PlanWerk an Kontakte weiter und "
          "erhalten 20 % Revenue Share auf jeden Abschluss, dauerhaft. Für Beratungen gibt es die Lösung auch als White Label. Kurzes Kennenlernen?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Finance Director | Northern Finance Leaders (peer group)", "Newcastle",
  ("inv", "Alex, I keep a small list of finance leaders in the North I swap notes with now and then. No agenda, no vendors. Would be good to have you on it."),
  ("msg", "Thanks for connecting! Genuinely enjoyed your comment on the working-capital thread last week, you said out loud what most of us only think about DSO targets. "
          "How has your year been? Ours has been a rollercoaster, two acquisitions and an auditor change, I've barely seen daylight. Anyway, great to be in touch."),
  ("msg", "Morning Alex, one thing I should have mentioned yesterday: alongside my day job I'm a partner at Claimwise, we recover R&D tax credits on a no-win-no-fee basis. "
          "Most firms your size leave six figures on the table. Can I get 20 minutes with you and whoever handles tax?", NEXT_DAY))
P("bait_and_switch_invitation", "fr", "Delphine Marchetti", "Animatrice | Cercle des DAF de l'Ouest", "Rennes",
  ("inv", "Bonjour Alex, j'anime un cercle d'échanges entre DAF de l'Ouest, un déjeuner par trimestre, entre pairs uniquement. Je serais ravie de vous y convier."),
  ("msg", "Merci d'avoir accepté ! Le prochain déjeuner aura lieu en mars, je vous enverrai la date. J'ai beaucoup aimé votre parcours, notamment le passage de l'audit "
          "à la direction financière, c'est un chemin que beaucoup de membres du cercle ont suivi et qui crée tout de suite des sujets de discussion. "
          "Au plaisir d'échanger de vive voix.\n\nP.S. Je suis par ailleurs conseillère en gestion de patrimoine : si vous souhaitez qu'on regarde ensemble votre "
          "épargne et votre fiscalité personnelle, je vous offre le premier rendez-vous."))
P("bait_and_switch_invitation", "es", "Héctor Valdivia", "Consultor | Presupuesto base cero", "Sevilla",
  ("inv", "Hola Alex, tengo una plantilla de presupuesto base cero que he ido puliendo durante años. Se la regalo a directores financieros que me la piden, ¿te la paso?"),
  ("msg", "¡Gracias por aceptar! Aquí la tienes: https://drive.example.com/pbc-plantilla. Cualquier duda me dices."),
  ("msg", "Hola de nuevo Alex, por cierto: si quieres que la implantemos contigo, lo hacemos en 6 semanas por 3.000 € + IVA. Este mes me quedan dos huecos. ¿Te llamo el jueves?", NEXT_DAY))
P("bait_and_switch_invitation", "it", "Ilaria Benedetti", "Fondatrice | CFO che si aiutano", "Bologna",
  ("inv", "Ciao Alex, ho creato un piccolo gruppo di mutuo supporto tra direttori finanziari: ci aiutiamo con contatti, dubbi tecnici, qualche sfogo. Ti va di entrare?"),
  ("msg", "Benvenuto/a! Visto che crediamo nel supporto reciproco, ti presento il nostro programma partner: per ogni azienda che ci segnali per il nostro software di tesoreria "
          "ricevi il 15% di revenue share per tre anni. Ti mando il link per registrarti come partner?"))
P("bait_and_switch_invitation", "es", "Verónica Lasa", "Mentora | Liderazgo femenino en finanzas", "Bilbao",
  ("inv", "Hola Alex, busco mentores para un programa gratuito de jóvenes analistas financieras. Dos horas al mes. ¿Conectamos y te cuento?"),
  ("msg", "Gracias Alex. Te cuento el programa en el próximo mensaje, que hoy voy con prisa 🙂"),
  ("msg", "Como te decía: el programa lo financian las empresas participantes. La cuota de empresa mentora es de 4.500 €/año e incluye visibilidad de marca empleadora. "
          "¿Te paso la propuesta para que la veas con RR. HH.?", NEXT_DAY))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Olivia Strand", "Host, The CFO Table (invite-only dinners)", "London",
  ("inm", "An invitation: CFO dinner, 12 seats", "Hi Alex, I'm putting together a private dinner for twelve CFOs in London on the 14th. Chatham House rules, no presentations, "
          "dinner is on us. Would you like a seat?"),
  ("inm", "Re: CFO dinner", "Lovely, so glad you're interested! Quick heads-up: the dinner is kindly hosted by Vantor Capital, and they've asked me to set up a short call "
          "with each guest beforehand so they can introduce their private credit fund. Does Tuesday at 10 work?"))
P("bait_and_switch_inmail", "es", "Maite Garmendia", "Investigadora | Estudio sobre la función financiera 2026", "San Sebastián",
  ("inm", "¿20 minutos para un estudio?", "Hola Alex, estoy preparando un estudio sobre cómo cambian los equipos financieros con la IA. ¿Te podría entrevistar 20 minutos? "
          "Todos los participantes reciben el informe completo."),
  ("inm", "Gracias + una propuesta", "Mil gracias por tu tiempo. Como agradecimiento te ofrezco un 20% de descuento en nuestra auditoría de procesos financieros, "
          "que es a lo que nos dedicamos. ¿Te paso presupuesto?"),
  ("inm", "Re: Gracias + una propuesta", "Hola Alex, ¿pudiste ver mi último mensaje? El descuento vale hasta fin de mes.", (4, 8)))
P("bait_and_switch_inmail", "it", "Fabrizio Conti", "Autore | 'Il controllo di gestione in 30 giorni'", "Verona",
  ("inm", "Un ebook per te, gratis", "Ciao Alex, ho scritto un ebook pratico sul controllo di gestione per le PMI. Lo regalo ai professionisti della finanza: vuoi che te lo mandi?"),
  ("inm", "Com'è andata la lettura?", "Ciao Alex, spero che l'ebook ti sia piaciuto! Ti lascio un capitolo bonus qui sotto.\n\n"
          "P.S. Se vuoi applicarlo davvero in azienda, il mio team lo implementa in 8 settimane, a partire da 6.500 €. Ti fisso una call?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kieran Walsh", "Financial Analyst | Open to work", "Galway",
  ("end",), ("end",),
  ("msg", "endorsed you for {skill} 👍 your turn, Financial Modelling + Excel pls"))
P("endorse_me_back", "de", "Sandra Mertens", "Treasury Managerin", "Köln",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich finde, wir in der Finanzwelt sollten uns gegenseitig viel mehr unterstützen. Ich habe heute einfach mal angefangen und Sie für {skill} bestätigt. "
          "Wenn Sie mögen, machen Sie bei meinem Profil weiter – Treasury und Cash Management wären toll. Gemeinsam sind wir sichtbarer! 🤝"))
P("endorse_me_back", "fr", "Aurélien Masson", "Contrôleur de gestion | #entraide", "Dijon",
  ("end",),
  ("msg", "Bonjour Alex, je lance une petite initiative d'entraide entre contrôleurs : je valide les compétences de mon réseau, et chacun fait de même en retour. "
          "Je viens de valider les vôtres. Si vous pouviez valider « Contrôle de gestion » et « Power BI » sur mon profil, ce serait top. Merci et belle journée !"))
P("endorse_me_back", "it", "Martina Esposito", "Accountant | Sempre in crescita", "Salerno",
  ("end",), ("end",),
  ("msg", "Ti ho confermato per {skill} e un paio d'altre, ricambi? 🙏😊"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brent Callahan", "CEO | Scale Partners", "Phoenix",
  ("inv", "Alex, we help finance teams cut close time in half. Let's connect and I'll show you how."),
  ("rem",),
  ("inm", "Noted", "Noted. Won't waste more of your time, since you've clearly decided a one-line reply is beneath you. Good luck with that attitude."))
P("hostility_after_decline", "de", "Wolfgang Reiners", "Dr. rer. pol. | Unternehmensberater | Aufsichtsrat", "Düsseldorf",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihr Umgang mit Kontaktanfragen", "Guten Tag Alex,\n\nmeine Anfrage ist seit drei Wochen unbeantwortet. Ich gestatte mir den Hinweis, dass ein solches Verhalten "
          "einer Führungskraft nicht angemessen ist. Eine kurze Absage gehört zu den Grundregeln des professionellen Umgangs, die Ihnen offenbar nicht geläufig sind.\n\n"
          "Mit freundlichen Grüßen\nDr. W. Reiners"))
P("hostility_after_decline", "fr", "Olivier Chassagne", "Consultant indépendant | Transformation finance", "Bordeaux",
  ("inv", "Bonjour Alex, consultant en transformation finance, je serais ravi d'échanger sur vos projets."),
  ("rem",),
  ("inm", "Bravo", "Bravo 👏 Ignorer une invitation, quel courage managérial. Je suis certain que vos équipes adorent travailler pour quelqu'un d'aussi ouvert. Bonne continuation !"))
P("hostility_after_decline", "es", "Iker Zubiri", "Emprendedor | Inversiones", "Pamplona",
  ("inv", NONOTE), ("rem",),
  ("inm", "🙄", "🙄🙄 vale, tú te lo pierdes. Tanto 'liderazgo' en el perfil y luego ni un hola 🤡👋"))
P("hostility_after_decline", "it", "Claudio Marini", "Business Developer | Soluzioni HR", "Bari",
  ("inv", "Ciao {first_name}, vorrei presentarti la nostra soluzione per [COMPANY]. Collegiamoci!"),
  ("rem",),
  ("inm", "Complimenti", "Complimenti Alex, davvero. Un invito rimasto lì per settimane. Se questo è il modo in cui tratti le persone, capisco perché certe aziende non crescono. "
          "Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Tom Kettering", "Productivity nerd | Partner links in bio", "Bristol",
  ("msg", "Hey Alex! I've been using this expense tool for years and it's brilliant. Here's my link for 3 months free: https://spendwise.example/r/tomk-2291 "
          "(if your team signs up through it we both get a bonus 🙌)"),
  ("msg", "Hi Alex, did you get a chance to try Spendwise? The referral bonus doubles this month, so now's the time.", (4, 9)),
  ("msg", "Wow. Read receipts say you saw both messages. I guess 'open to networking' in your headline is just decorative. Enjoy your day."),
  nl="en")
P("hostility_connection", "de", "Marc Albers", "Geschäftsführer | Dashboard-Agentur", "Leipzig",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Annahme! Wir bieten unsere Finance-Dashboards auch als White Label an – Ihre Beratungskunden sehen nur Ihr Logo. Interesse an einer Demo?"),
  ("msg", "Keine Antwort ist auch eine Antwort 😂👍 Viel Spaß noch in der Chefetage 🙃"))
P("hostility_connection", "it", "Giorgio Santangelo", "Consulente aziendale", "Palermo",
  ("msg", "Buongiorno Alex, le scrivo per conto del nostro amministratore delegato, Dott. Lo Bue, che vorrebbe presentarle i nostri servizi di recupero crediti. Quando è disponibile?"),
  ("msg", "Buongiorno Alex, le riscrivo perché il Dott. Lo Bue ci tiene molto. Basterebbero 15 minuti.", (3, 8)),
  ("msg", "Alex, le faccio notare che nemmeno una risposta di cortesia è arrivata. Il Dott. Lo Bue è una persona molto stimata e non è abituato a essere trattato così. "
          "Prenda nota: la maleducazione si ricorda."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Shauna Byrne", "Partnerships | FinOps Academy", "Dublin",
  ("msg", "Hi Alex, hope you're well! We've just opened our affiliate programme: share our FP&A course with your network using your personal link and earn 30% of every sale. "
          "Want me to set you up?"),
  ("msg", "Hi Alex, quick nudge on the affiliate programme — top partners are making €2-3k a month from a single post. Shall I send your link?", (5, 10)),
  ("msg", "Last one from me on this, promise: we're closing affiliate sign-ups on Friday. Link's here if you change your mind https://finopsacademy.example/partners", (6, 12)))
P("connection_only_pitches", "de", "Ramona Pietsch", "Vertrieb | Reporting-Lösungen", "Stuttgart",
  ("msg", "Hallo Alex, ich hoffe, diese Nachricht findet Sie gut. Ich wollte greifen aus, weil unsere Lösung hilft Finanzteams, Zeit zu sparen auf das Monatsreporting. "
          "Wären Sie offen für einen schnellen Anruf?"),
  ("msg", "Hallo Alex, nur eine freundliche Nachfassung. Wir haben diesen Monat ein spezielles Angebot für neue Kunden. Wann passt es Ihnen?", (3, 7)),
  ("msg", "Hallo Alex, ich schließe Ihre Datei, wenn ich nichts höre. Sollen wir im nächsten Quartal wieder verbinden?", (6, 12)))
P("connection_only_pitches", "es", "Gonzalo Arrieta", "Director de Alianzas | TesoPro", "Valencia",
  ("msg", "Hola Alex, ¿sabías que muchos CFO rentabilizan su red recomendando herramientas que ya usan? Con nuestro programa de partners te llevas el 20% de cada licencia. "
          "¿Te lo explico en 10 minutos?"),
  ("msg", "Alex, te dejo el enlace al programa por si prefieres verlo tú: https://tesopro.example.es/partners?ref=gar", (3, 6)))
P("connection_only_pitches", "fr", "Clémence Vidal", "Business developer | Cabinet de recouvrement", "Toulouse",
  ("msg", "Bonjour Alex, je vous écris de la part de notre directeur associé, Philippe Garnier, qui souhaiterait vous présenter notre offre de recouvrement amiable. "
          "Seriez-vous disponible jeudi ?"),
  ("msg", "Bonjour Alex, Philippe m'a demandé de revenir vers vous : il a un créneau mardi 11h, je le bloque ?", (4, 8)))


# =============================================================== single_pitch
P("single_pitch", "en", "Fiona McAllister", "Broker | Management liability", "Glasgow",
  ("msg", "Alex! Saw the photos from your team's charity 10k, what a turnout, and congratulations on the new role too, it's been a big year for you. "
          "We must grab a coffee next time I'm down in your neck of the woods, it's been far too long since the ACCA dinner.\n\n"
          "P.S. If you're reviewing your D&O cover at renewal, that's what I do now — happy to get you a quote."))
P("single_pitch", "de", "Ursula Feldkamp", "Vorstand Alumni-Verein WHU Finance | Sponsoring", "Vallendar",
  ("msg", "Hallo Alex, unser Alumni-Galaabend findet am 22. November statt, und wir suchen noch Tischpaten: Ein Tisch für zehn Personen kostet 2.500 €, "
          "das Logo Ihres Unternehmens erscheint im Programmheft. Dürfen wir mit Ihnen rechnen?"))
P("single_pitch", "fr", "Romain Giraud", "Associé | Expertise comptable", "Lyon",
  ("msg", "Notre plaquette 2026, au cas où : https://giraud-associes.example.fr/plaquette-2026.pdf"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Aisha Bello", "Finance Business Partner | Mentor, Women in Finance UK", "Birmingham",
  ("end",),
  ("msg", "Hi Alex, I've opened a few free mentoring slots for people returning to finance after parental leave, since that's the group our network keeps missing. "
          "If anyone in your team fits, they can book here: https://calendly.com/aisha-bello/returners — no cost, no catch."))
P("connection_brings_value", "es", "Javier Orduña", "Cofundador | ex-Controller", "Zaragoza",
  ("msg", "Hola Alex! Cuánto tiempo desde lo de Pikolin 🙂 Te escribo porque con dos amigos estamos montando una app para conciliar tarjetas de empresa y necesitamos "
          "alguien que nos diga la verdad. No vendemos nada (ni siquiera tenemos precio). ¿Le echarías un vistazo y me dirías qué harías distinto?"),
  ("msg", "Gracias por las notas, de verdad. La parte de los centros de coste la vamos a rehacer entera. Te debo una comida.", (3, 10)))
P("connection_brings_value", "it", "Paola Gentile", "CFO | autrice di 'Bilanci senza paura'", "Genova",
  ("end",), ("end",),
  ("msg", "Ciao Alex, come promesso alla conferenza: il mio ebook è gratuito, lo trovi qui https://paolagentile.example.it/bilanci.pdf. "
          "Non c'è nessuna newsletter dietro, nessun corso da vendere. Se lo giri al tuo team mi fa solo piacere."))
P("connection_brings_value", "fr", "Étienne Barbier", "Trésorier | Association des anciens de l'ESCP, club finance", "Paris",
  ("msg", "Bonjour Alex, le club finance des anciens organise un atelier gratuit sur les nouvelles règles de TVA le 9 avril, 7 heures de formation validées. "
          "Je vous mets le lien d'inscription : https://alumni-escp.example.org/club-finance/tva. Au plaisir de vous y voir !"),
  ("msg", "Petite précision : l'atelier aura lieu en ligne finalement, même lien.", NEXT_DAY))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rachel Kim", "Senior Recruiter | Finance & Treasury at Arlow Search", "London",
  ("inm", "Head of Treasury – London (listed retailer)", "Hi {{firstName}},\n\nI'm working on a Head of Treasury search for a FTSE 250 retailer: London-based, 3 days in the office, "
          "£150-170k + 30% bonus, reporting to the CFO, team of four. Your background in cash pooling looks very relevant. Open to a confidential conversation?\n\nRachel"))
P("stranger_inmail_recruiter", "de", "Tanja Hölzl", "Talent Acquisition | Swarovski", "Wattens",
  ("inm", "Leitung Konzernrechnungswesen (m/w/d) – Wattens", "Hallo Alex, ich besetze direkt bei uns die Leitung Konzernrechnungswesen, 12 Mitarbeitende, IFRS, "
          "Berichtslinie an den CFO. Ihr Profil passt sehr gut. Haben Sie nächste Woche 20 Minuten für ein erstes Gespräch? Die Stellenbeschreibung hänge ich an."))
P("stranger_inmail_recruiter", "fr", "Camille Vasseur", "Consultante senior | Cabinet de chasse Finance", "Paris",
  ("inm", "Directeur financier – groupe industriel coté", "Bonjour Alex, je vous contacte de la part de notre client, un groupe industriel coté (1,2 Md€ de CA), "
          "qui recrute son directeur financier groupe, basé à Lyon. Mandat exclusif, rémunération autour de 220 k€. Seriez-vous ouvert(e) à un échange confidentiel ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Danielle Foster", "Outreach Specialist at Pipeline Pros (agency)", "Austin",
  ("inm", "Alex <> Brightpath", "Hi Alex, hope your week is off to a good start. I'm writing on behalf of our client Brightpath Payroll, who help multi-country finance teams "
          "run payroll in one place. Would you be open to a 15-minute intro with their Head of Sales, Greg?\n\nDanielle Foster\nOutreach Specialist, Pipeline Pros – "
          "we book qualified meetings for B2B SaaS"),
  ("inm", "Re: Alex <> Brightpath", "Hi Alex, bumping this for Greg — he has Wednesday 2pm or Thursday 11am open. Which suits?", (3, 6)))
P("stranger_inmail_sales", "es", "Lorena Cabezas", "Account Executive | ConciliaYa", "Madrid",
  ("inm", "{{nombre}}, una idea para {{empresa}}", "Hola {{nombre}}, he visto que {{empresa}} está en plena expansión. Con ConciliaYa los equipos de finanzas reducen el cierre "
          "a 3 días. ¿Te encaja una demo de 20 minutos?"))
P("stranger_inmail_sales", "it", "Edoardo Villa", "Founder | Dashboard finanziari white label", "Milano",
  ("inm", "Partnership white label", "Ciao Alex, ho visto che segui anche clienti esterni. Ti propongo i nostri dashboard finanziari in white label: li rivendi col tuo marchio, "
          "margine del 40%. Ti mando il listino partner?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Naomi Fairfax", "Controller | Volunteer mentor", "Cambridge",
  ("inv", "Hi Alex, I run free monthly office hours for newly promoted finance managers. I'd love to have you as a guest mentor one evening, no prep needed."),
  ("msg", "Thanks for joining last night! The group loved your story about the first budget you got wrong. Here's the recording, just for attendees."),
  ("msg", "Hi Alex, a bit of news: I'm turning the office hours into a paid leadership programme (£1,900 per seat). Would your company sponsor two of your managers? "
          "I can send the brochure and an invoice."))
P("good_turns_ugly", "fr", "Sophie Lambert", "Contrôleuse de gestion | Autrice", "Grenoble",
  ("inv", "Bonjour Alex, je partage gratuitement mon guide des indicateurs de pilotage avec les contrôleurs de mon réseau. Je vous l'envoie si on se connecte ?"),
  ("msg", "Voici le guide, comme promis : https://sophielambert.example.fr/guide-kpi.pdf. Bonne lecture !"),
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé(e) pour {skill}. En retour, pourriez-vous valider mes compétences en contrôle de gestion ? On se soutient entre collègues 😉"))
P("good_turns_ugly", "de", "Henrik Sommer", "Leiter Controlling | Arbeitskreis Mittelstand", "Bielefeld",
  ("inv", "Hallo Alex, unser Arbeitskreis Controlling trifft sich nächsten Monat zum Thema Rollierende Planung, kostenlos, bei uns im Haus. Kommen Sie doch vorbei!"),
  ("msg", "Schön, dass Sie da waren! Anbei die Präsentation und unser Planungsmodell als Excel, gern weiterverwenden."),
  ("msg", "Hallo Alex, eine Sache noch, die ich beim Treffen nicht ansprechen wollte: Ich vertreibe nebenbei eine Planungssoftware. "
          "Ich würde sie Ihnen gern einmal in 30 Minuten zeigen – passt Ihnen Donnerstag?", NEXT_DAY))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Chad Morrison", "Growth Partner | Outbound for fintechs", "Denver",
  ("inm", "Alex, quick intro", "Hi Alex, I'm reaching out on behalf of the founders of Cashloop, a treasury tool for mid-market finance teams. They'd love 15 minutes with you. "
          "Worth a look?"),
  ("inv", "Hi Alex, I've been enjoying your posts on forecasting for months now, would love to be connected."),
  ("rem",))
P("reinvite_known_bad", "es", "Natalia Herranz", "Comercial | Renting de flotas", "Valladolid",
  ("inv", DEFAULT), ("rem",),
  ("inv", "Hola Alex, coincidimos en el congreso de AECA en Madrid. Me encantó tu intervención sobre tesorería, me gustaría seguir en contacto."))
P("reinvite_known_bad", "it", "Mattia Colombo", "Consulente | Crediti d'imposta", "Brescia",
  ("inv", "👉 https://creditiflash.example.it/cfo — 3 minuti per capire quanto puoi recuperare"),
  ("inv", "Ciao Alex, come gestite la chiusura trimestrale? Sono curioso di confrontarmi."),
  ("rem",))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Rüdiger Stahl", "Vertriebsleiter | Leasing", "Kassel",
  ("inv", "Hallo Alex, ich möchte Ihnen unsere Leasingkonditionen für Dienstwagen vorstellen."),
  ("inm", "Schade", "Schade, Alex. Dass Sie nicht einmal antworten, sagt viel über Ihre Art der Zusammenarbeit. Ich hatte mehr Stil erwartet."),
  ("inv", "Hallo Alex, lassen Sie uns doch noch einmal neu anfangen. Ich würde mich über die Vernetzung freuen.", (100, 180)))
P("reinvite_known_ugly", "fr", "Karine Delorme", "Présidente | Club Finance & Réseau", "Nice",
  ("inm", "Invitation au club", "Bonjour Alex, notre club réunit des DAF de la Côte d'Azur autour de déjeuners gratuits, entre pairs. Souhaitez-vous être invité(e) ?"),
  ("inm", "Suite à votre intérêt", "Ravie de votre intérêt ! Je précise que je suis aussi courtière en assurances : je peux vous préparer une étude de votre prévoyance "
          "de dirigeant, gratuite. On cale 30 minutes ?"),
  ("inv", "Bonjour Alex, je serais ravie de vous compter dans mon réseau."),
  ("rem",))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Ben Hadley", "Partner | Fractional finance team", "Reading",
  ("acc",),
  ("msg", "Cheers for the invite Alex, good to be connected. Loved the piece you wrote on zero-based budgeting, we tried a version of it last year and it was painful "
          "but worth it. Hope the new team is settling in.\n\nPS — if you ever need an extra pair of hands at year end, we provide interim accountants by the day. Rates on request."))
P("user_invited_pitch_once", "fr", "Anaïs Perrin", "Assistante de direction | Cabinet Perrin & Fils", "Lyon",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Mon associé, Maître Perrin, m'a demandé de vous transmettre notre offre de conseil en rémunération des dirigeants. "
          "Il peut vous rappeler cette semaine, quel numéro privilégiez-vous ?"))
P("user_invited_pitch_once", "es", "Marcos Quiroga", "Socio | Consultoría de costes", "Málaga",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te dejo nuestro dossier por si te encaja: https://quirogacostes.example.es/dossier.pdf"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Kraft", "Key Account | KI-Buchhaltung", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie läuft bei Ihnen eigentlich die Belegerfassung? Ich frage aus Neugier, wir sehen da gerade große Unterschiede zwischen Unternehmen."),
  ("msg", "Hallo Alex, zur gestrigen Frage: Unsere KI-Buchhaltung erfasst 95 % der Belege automatisch. Ich würde Ihnen das gern in einer Demo zeigen – wann passt es?", NEXT_DAY),
  ("msg", "Hallo Alex, ich hake noch einmal nach wegen der Demo. Diesen Monat gibt es die Einrichtung kostenlos.", (5, 10)))
P("user_invited_pitch_twice", "it", "Valeria Monti", "Partner | Consulenza ESG", "Roma",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Ti scrivo anche per conto del mio socio, Andrea: stiamo offrendo un check gratuito sulla rendicontazione CSRD, che poi diventa un progetto "
          "se serve. Vi interessa?"),
  ("msg", "Ciao Alex, Andrea mi chiede se hai avuto modo di pensarci. Abbiamo ancora due slot a giugno.", (4, 9)))
P("user_invited_pitch_twice", "en", "Grace Turner", "Chief of Staff to the CEO | Northstar FP&A", "Boston",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! Our CEO, Dan, asked me to reach out personally — he thinks Northstar's planning platform would be a great fit for your team. "
          "Could I book 30 minutes for the two of you?"),
  ("msg", "Hi Alex, just following up for Dan. Here's his calendar if easier: https://calendly.com/northstar-dan/30min", (3, 7)))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Beatrice Fontana", "Responsabile Tesoreria | Gruppo alimentare", "Parma",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Mi chiedevi del cash pooling: ti prenoto volentieri mezz'ora, ecco il mio calendario https://calendly.com/beatrice-fontana/30min. "
          "Nessun impegno, mi fa piacere raccontarti come l'abbiamo impostato."),
  ("msg", "È stato un piacere! Ti giro anche lo schema dei flussi infragruppo di cui parlavamo, così lo fai vedere alla banca.", (5, 12)))
P("user_invited_value", "de", "Moritz Lange", "CFO | Mittelständisches Familienunternehmen", "Ulm",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Zu Ihrer Frage nach Bankenratings: Ich habe Ihnen unsere Checkliste für das Jahresgespräch mit der Hausbank angehängt. "
          "Ist nichts Geheimes, nutzen Sie sie gern."),
  ("msg", "Nachtrag: Der Kollege von der Sparkasse, von dem ich erzählt hatte, heißt Thomas Wendt. Er freut sich über Ihren Anruf, ich habe Sie angekündigt.", (2, 9)))
P("user_invited_value", "es", "Elena Marín", "Directora de Control de Gestión", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Lo del congreso: el 5 de mayo hay una jornada gratuita del colegio de economistas sobre IA en auditoría, con créditos de formación. "
          "Te dejo el enlace por si te animas: https://economistas.example.es/jornada-ia"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Laurent Chevalier", "DAF | Groupe de distribution", "Strasbourg", ("acc",))
P("acceptance_only", "it", "Sara Pellegrini", "Audit Manager", "Trieste", ("acc",))
P("lone_endorsement", "de", "Carina Vogt", "Financial Controller", "Mannheim", ("end",))
P("lone_endorsement", "es", "Rubén Castaño", "Analista financiero", "Oviedo", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Calendly", "notifications@calendly.example", "Confirmed: Mentoring chat with Hannah Okafor",
     "Hi Alex,\n\nYour event is scheduled: Mentoring chat (30 min) with Hannah Okafor, Thursday 18:00.\n\n"
     "Hannah shared this link on LinkedIn. To cancel or reschedule, use the link in your confirmation.", "en"),
    ("Associazione Alumni Finanza", "segreteria@alumni-finanza.example.it", "Cena di gala 18 ottobre: conferma posto mentor",
     "Ciao Alex,\n\nti confermiamo il posto al tavolo dei mentor per la cena di gala. Trovi le foto dell'anno scorso sulla nostra pagina LinkedIn.\n\nLa segreteria", "it"),
    ("Pipeline Pros", "hello@pipelinepros.example", "We booked 41 meetings for a payroll SaaS last month",
     "Hi Alex,\n\nWe run LinkedIn outreach on behalf of B2B SaaS companies: profiles, sequences, follow-ups, all done for you. "
     "Our clients get 20-40 qualified meetings a month.\n\nReply 'yes' and I'll send case studies.", "en"),
    ("Jana Böhm", "jana.boehm@example.de", "WG: der schreibt mir auch",
     "Hi Alex,\n\nder Typ von Kühn Treasury hat mich auf LinkedIn auch über eine 'Assistentin' angeschrieben. Scheint gerade die Masche zu sein. "
     "Nur zur Info, falls er bei dir auch auftaucht.\n\nJana", "de"),
    ("Bastien Leroux", "bastien@bastienleroux.example.fr", "Le livre sur la trésorerie des PME",
     "Bonjour Alex,\n\nmerci pour votre message sur LinkedIn. Voici le PDF en pièce jointe, comme demandé. Aucune liste de diffusion, promis.\n\nBastien", "fr"),
    ("TesoPro Partners", "partners@tesopro.example.es", "Tu enlace de partner está listo",
     "Hola Alex,\n\nya puedes compartir tu enlace de partner en LinkedIn y ganar el 20% de cada licencia. Entra en tu panel para ver tus comisiones.", "es"),
    ("Ufficio Acquisti", "acquisti@azienda.example.it", "Richieste fornitori via LinkedIn",
     "Ciao Alex,\n\nnelle ultime settimane diversi fornitori ci hanno chiesto su LinkedIn chi è il referente acquisti. Rispondiamo tutti con l'indirizzo di questa casella, "
     "così non arrivano più a te. Grazie!", "it"),
    ("VA Hub", "team@vahub.example", "Your own LinkedIn assistant from $9/hour",
     "Hi Alex,\n\nLet a trained virtual assistant send your LinkedIn invitations and follow-ups for you. They write in your name and book calls straight into your calendar.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirteenth development corpus (dev13). Generated by scripts/make_corpus_dev13.py (seed {SEED}); do not edit by hand.",
          "# Tactics of modern outreach (on someone's behalf, P.S. pitches, split pitches, link-only and question-only notes, merge fields, "
          "partner programmes) and the honest notes that resemble them. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev13", SEED, PEOPLE, FOREIGN, spoofs=8, other=8, header=HEADER)
