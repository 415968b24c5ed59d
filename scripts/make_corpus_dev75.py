#!/usr/bin/env python3
"""Write mailbot's seventy-fifth, independent development corpus: tests/corpus/dev75/*.eml + expected.toml.

The angle: the ugly side, written subtly, next to its near misses. Alex is a finance controller
at a mid-sized manufacturer (Example Industries, CEO Ruth Kessler). The ugly mail here rarely
says "rude" or "unprofessional" outright: it sighs, it keeps score, it name-drops the CEO, it
hints at a post about people who ghost, it reminds Alex of favours done, it chases after a
"no thanks" with a little lecture, and it asks for endorsements back as a small personal favour.
Beside it sit the near misses that a careless reader might file with them: old colleagues
teasing each other, blunt but fair feedback with something useful attached, genuine
disappointment put politely, jokes about being buried in year-end close, an endorsement that
says "no need to return it", a peer who really does know the CEO and says so to open a door,
and sellers who take a no gracefully (still sellers). Every scenario of the taxonomy is covered
in English, German, French, Spanish and Italian; a few people write in English under another
language's LinkedIn wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles and the pitches that
spoofs carry are swapped for this corpus in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev75.py              # writes tests/corpus/dev75
    python scripts/make_corpus_dev75.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260775

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Alex's world (this process only)
SKILLS = {
    "en": ["Month-End Close", "Management Accounting", "Cash Flow Forecasting", "IFRS 16", "Variance Analysis", "Cost Control"],
    "de": ["Monatsabschluss", "Kostenrechnung", "Liquiditätsplanung", "IFRS", "Konzernberichterstattung"],
    "fr": ["Clôture mensuelle", "Contrôle de gestion", "Prévisions de trésorerie", "IFRS", "Analyse des écarts"],
    "es": ["Cierre contable", "Control de gestión", "Previsión de tesorería", "NIIF", "Contabilidad de costes"],
    "it": ["Chiusure mensili", "Controllo di gestione", "Pianificazione finanziaria", "IFRS", "Analisi degli scostamenti"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Plant Controller", "Pennine Castings"), ("Head of Financial Planning", "Armor Bio"), ("Leiter Controlling (m/w/d)", "Ostertal Maschinenbau"),
              ("Controller de gestión industrial", "Grupo Lozano"), ("Responsabile Controllo di Gestione", "Ferrante Meccanica")]

# What spoofs say when they borrow a name: a sales line or a lure, never a real person's words.
SPOOF_PITCH = {
    "en": ["Hi {first}, our finance-automation partners are offering controllers a free trial this month only. Confirm your seat through the link below.",
           "Hello {first}, I've left a comment on your annual report draft in the shared workspace. Sign in with your LinkedIn password to see it."],
    "de": ["Hallo {first}, nur diese Woche: kostenloser Testzugang zu unserer Controlling-Plattform. Jetzt über den Link bestätigen.",
           "Guten Tag {first}, ich habe Ihnen die Prüfungsunterlagen freigegeben. Bitte melden Sie sich mit Ihren LinkedIn-Daten an."],
    "fr": ["Bonjour {first}, offre réservée aux contrôleurs de gestion : un mois gratuit sur notre solution de reporting. Confirmez via le lien.",
           "Bonjour {first}, je vous ai transmis le rapport d'audit annoté. Connectez-vous avec vos identifiants LinkedIn pour l'ouvrir."],
    "es": ["Hola {first}, solo este mes: prueba gratis de nuestra plataforma de cierre contable para controllers. Confírmalo en el enlace.",
           "Hola {first}, te he dejado comentarios en el borrador de cuentas anuales. Accede con tu usuario de LinkedIn para verlos."],
    "it": ["Ciao {first}, solo per questo mese: prova gratuita della nostra piattaforma per il controllo di gestione. Conferma dal link.",
           "Buongiorno {first}, le ho condiviso la bozza di bilancio con le note del revisore. Acceda con le credenziali LinkedIn per vederla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== hostility_after_decline
# An invitation (any note) that Alex left unanswered, then an InMail that sulks, lectures,
# keeps score or threatens. Still pending: ignore.
P("hostility_after_decline", "en", "Gareth Pryce", "Fractional CFO | Turnaround & Restructuring", "Cardiff",
  ("inv", "Alex, we've not met but we move in the same circles in Midlands manufacturing. Would be good to be connected."),
  ("rem",),
  ("inm", "Noted", "Alex, three weeks and not even a click on 'ignore'. I've been around long enough to know that finance people who can't spare a second "
          "for a peer usually can't spare one for their own team either. Still, I'm sure you're very busy being important. Good luck with the audit."))
P("hostility_after_decline", "en", "Delia Hartigan", "Partner, Hartigan & Lowe | VAT & Duty Recovery", "Birmingham",
  ("inv", "Hi Alex, we help mid-sized manufacturers recover overpaid VAT and import duty, usually six figures. Worth a 20-minute chat?"),
  ("inm", "A word to the wise", "Alex, I take it you're not keen to talk. Pity. I had lunch with Ruth last month and she was quite taken with what we found "
          "at two of your competitors. I'd hate for her to hear about it from me before she hears it from her own finance team. Your call, of course."))
P("hostility_after_decline", "de", "Reinhold Baumgartl", "Geschäftsführer | Baumgartl Treuhand GmbH", "Linz",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Kurze Anmerkung", "Guten Tag Alex Morgan, vor drei Wochen habe ich Ihnen eine Kontaktanfrage geschickt. Dass Sie es nicht für nötig halten zu reagieren, "
          "nehme ich zur Kenntnis. In meiner Generation hat man einem Kollegen wenigstens kurz abgesagt, auch ohne Interesse. Aber die Sitten ändern sich "
          "offenbar. Mit freundlichen Grüßen, R. Baumgartl"))
P("hostility_after_decline", "de", "Nicole Wendt", "Vertrieb Mittelstand | Reisekosten-App", "Leipzig",
  ("inv", "Hallo Alex, wie laufen bei euch die Reisekostenabrechnungen? Wir haben für Fertiger eurer Größe eine schlanke App – die Demo dauert 15 Minuten."),
  ("inm", "Schade eigentlich", "Hi Alex, ich seh ja, dass du meine Anfrage gesehen hast. Kein Ding, jeder wie er mag. Ich frag mich nur, wie man im Controlling "
          "so gegen alles Neue sein kann. Vielleicht schreib ich mal einen Post darüber, warum der Mittelstand digital hinterherhinkt – du wärst ein "
          "schönes Beispiel 😉"))
P("hostility_after_decline", "fr", "Jean-Marc Pellerin", "Expert-comptable associé | Pellerin Audit & Conseil", "Rennes",
  ("inv", "Bonjour Alex, nous sommes tous deux membres de la DFCG Bretagne. Je serais ravi d'échanger sur la clôture semestrielle, on y laisse tous quelques nuits."),
  ("rem",),
  ("inm", "Sans nouvelles", "Bonjour, je m'étonne de n'avoir aucune réponse. Je croyais naïvement qu'entre membres d'une même association on se devait un minimum "
          "de courtoisie. Visiblement je me suis trompé. Je ne manquerai pas d'en toucher un mot au bureau régional lors de notre prochaine réunion. Cordialement."))
P("hostility_after_decline", "fr", "Sandrine Colas", "Consultante transformation finance | Facturation électronique", "Lille",
  ("inv", "Bonjour Alex, j'accompagne les directions financières dans le passage à la facture électronique. Un diagnostic offert de 30 minutes, ça vous dit ?"),
  ("inm", "Dommage", "Je vous ai proposé un diagnostic gratuit et vous n'avez même pas pris la peine de décliner. Le jour où votre DG vous demandera pourquoi "
          "rien n'est prêt en septembre, vous penserez peut-être à moi. Bon courage."))
P("hostility_after_decline", "es", "Fernando Arrabal Ruiz", "Director financiero | Inversor | Mentor", "Zaragoza",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Sin respuesta", "Hola Alex. Veo que has aceptado a gente con mucho menos recorrido que yo y a mí ni me contestas. Llevo treinta años en finanzas y "
          "nunca me habían hecho un feo así. En fin, cada uno sabrá cómo cuida su red. Saludos."))
P("hostility_after_decline", "es", "Lorena Quintana", "Key Account Manager | Software de tesorería", "Madrid",
  ("inv", "Hola Alex, ¿cuánto tiempo dedica tu equipo a conciliar bancos a mano? Te enseño en 20 min cómo lo automatizamos. ¿Hablamos esta semana?"),
  ("inm", "Me sorprende", "Alex, te he escrito por aquí y por correo. Entiendo que vayas liado, pero no contestar es de poca educación, la verdad. Coincido con "
          "vuestra consejera delegada en el club de golf y no creo que le haga gracia saber que su equipo ni responde a los proveedores. Quedo a la espera."))
P("hostility_after_decline", "it", "Ottavio Spadaro", "Consulente finanza agevolata | Bandi e crediti d'imposta", "Bari",
  ("inv", "Buongiorno Alex, la vostra azienda potrebbe rientrare nel nuovo credito d'imposta Transizione 5.0. Le andrebbe una chiacchierata senza impegno?"),
  ("rem",),
  ("inm", "Ultimo messaggio", "Gentile Alex, le ho scritto tre volte con l'unico intento di farle risparmiare soldi. Capisco che sia molto impegnata, ma un "
          "semplice \"no grazie\" costa due secondi. Mi dispiace constatare che in certi ruoli l'educazione sia diventata un optional. Non la disturberò più."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Doolan", "Founder | Ledgerlight – close management software", "Leeds",
  ("msg", "Alex - good to be connected. Quick one: we took month-end close from 9 days to 4 at two firms your size. Fancy a look? I can do Thursday."),
  ("msg", "Fair enough, 'not a priority right now'. Funny, that's what the last controller said before her board brought in consultants and she got moved "
          "sideways. Not a threat, just an observation. The door's open while it's open."))
P("hostility_connection", "de", "Henrik Loose", "Partner | Loose & Kemper Unternehmensberatung", "Hannover",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie auf der Messe besprochen: Wir übernehmen für euch das komplette Working-Capital-Projekt, Tagessatz 1.450 €. "
          "Soll ich ein Angebot schicken?"),
  ("msg", "Hallo Alex, deine Absage ist angekommen. Ehrlich gesagt hätte ich von jemandem, der mich auf der Messe selbst angesprochen hat, etwas mehr Anstand "
          "erwartet als zwei Zeilen. Aber gut. Man sieht sich immer zweimal im Leben."))
P("hostility_connection", "it", "Raffaella Curcio", "Organizzatrice | Finance Women Network Milano", "Milano",
  ("msg", "Ciao Alex! Il 14 marzo facciamo il nostro meetup gratuito per giovani controller, da noi in Porta Romana. Ti andrebbe di raccontare in 20 minuti "
          "come avete impostato il rolling forecast? Niente slide obbligatorie 🙂"),
  ("msg", "Ok, ho letto il tuo \"quest'anno non riesco\". Sinceramente mi aspettavo di più da una persona che ha fatto carriera anche grazie a chi ha perso "
          "tempo con lei. Restituire qualcosa alla comunità evidentemente non è tra le tue priorità. Ne prendo nota.", (4, 12)))
P("hostility_connection", "es", "Gonzalo Ibarra", "Asesor patrimonial | Banca privada", "Bilbao",
  ("msg", "Alex, ¿qué tal? Te escribo porque muchos directivos financieros tienen su propio patrimonio bastante desatendido. ¿Te vendría bien un café para "
          "revisar tu cartera? Sin compromiso."),
  ("msg", "Entendido, no te interesa. Solo una reflexión, y te lo digo con cariño: alguien que gestiona el dinero de una empresa debería predicar con el "
          "ejemplo con el suyo. Tú sabrás. Un saludo."))
P("hostility_connection", "fr", "Patrice Marmande", "Directeur commercial | Solutions d'affacturage", "Toulouse",
  ("msg", "Bonjour Alex, merci pour la connexion. Vos délais clients doivent peser sur votre trésorerie, non ? Notre affacturage sans engagement pourrait "
          "vous libérer 2 à 3 M€. Un créneau mardi ?"),
  ("msg", "Petite relance Alex : l'offre de lancement court jusqu'à la fin du mois."),
  ("msg", "Bien reçu votre « non merci ». Je vous souhaite sincèrement que vos banquiers soient aussi patients que moi. Et le jour où c'est vous qui "
          "viendrez me chercher, les conditions ne seront plus tout à fait les mêmes."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Trish Kavanagh", "Payroll & Benefits Lead | CIPP", "Cork",
  ("end",), ("end",),
  ("msg", "Hi Alex! Hope you're surviving budget season :) Small favour to ask - I'm going for a Head of Payroll role and the hiring manager actually looks at "
          "LinkedIn. I've popped a few endorsements on your profile (you deserve them!), would you be a star and add a couple on mine? Payroll and "
          "Stakeholder Management would be ideal. Owe you a coffee!"))
P("endorse_me_back", "de", "Volker Scharnagl", "Leiter Rechnungswesen | Bilanzbuchhalter IHK", "Nürnberg",
  ("end",),
  ("msg", "Servus Alex, ich hab dir mal ein paar Kenntnisse bestätigt, unter anderem {skill}. Eine Bitte hätte ich: Mein Profil ist noch ziemlich nackt und "
          "ich bewerbe mich gerade intern. Wenn du mir bei HGB-Abschluss und Konsolidierung ein Häkchen setzt, wär das klasse. Danke dir!"))
P("endorse_me_back", "fr", "Amandine Roux-Ferrand", "Trésorière groupe | Cash management", "Lyon",
  ("end",),
  ("msg", "Coucou Alex ! J'ai validé quelques compétences sur ton profil, rien de plus normal 😊 Petit service entre nous : je passe des entretiens pour un "
          "poste de trésorière dans un groupe coté et ils regardent LinkedIn de près. Si tu pouvais valider « Gestion de trésorerie » et « Relations "
          "bancaires » chez moi, tu me sauverais. Merci mille fois !"))
P("endorse_me_back", "es", "Ignacio Beltrán", "Controller de planta | Lean Finance", "Castellón",
  ("end",), ("end",),
  ("msg", "Alex, buenas. Ya te he dejado validadas varias aptitudes, {skill} entre ellas. Te pido un favor pequeñito: ¿me devuelves el gesto con "
          "Contabilidad de costes y Excel avanzado? Estoy poniendo el perfil al día porque hay reestructuración en la planta y nunca se sabe. Mil gracias."))
P("endorse_me_back", "it", "Serena Vaccaro", "Credit manager | Gestione e recupero crediti", "Verona",
  ("end",),
  ("msg", "Ciao Alex, scusa il disturbo! Ti ho confermato un paio di competenze perché te le meriti davvero. Posso chiederti una cortesia? Sto cercando di "
          "rendere il profilo un po' più credibile e due conferme da un controller farebbero la differenza: gestione del credito e recupero crediti. "
          "Se non ti va nessun problema eh! Grazie 🙏"))
P("endorse_me_back", "en", "Dev Malhotra", "Senior Financial Analyst | FP&A | Power BI", "Reading",
  ("end",),
  ("msg", "Alex, hope the Q3 close went smoothly. I went ahead and endorsed you for {skill}, well earned after the ERP migration. Would you be willing to "
          "return it with a short recommendation on my profile? Two or three lines about the forecasting model would be plenty. Thanks either way."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Lucinda Farrow", "Community Lead | Northern Finance Leaders Forum", "Manchester",
  ("inv", "Hi Alex, I run a peer group for finance leads in northern manufacturing - 12 of us, we meet quarterly to swap notes on close, audit and cash. "
          "No agenda beyond that. Thought you'd fit right in."),
  ("msg", "Lovely to have you on board, Alex. Before the next session, a quick heads-up: members get preferred rates on our outsourced credit-control "
          "service, and I reckon your DSO would drop a good ten days. Shall I get our sales lead to give you a ring?", (3, 10)),
  ("msg", "Hi Alex, not sure you saw my last note. I'd hate for you to miss the member pricing - I held it for you specially, which I don't normally do. "
          "Let me know by Friday?", (6, 14)))
P("bait_and_switch_invitation", "de", "Thorsten Meiling", "Controller | Netzwerker | Mentor", "Dortmund",
  ("inv", "Hallo Alex, kurze fachliche Frage unter Controllern: Wie habt ihr die Leasingverträge nach IFRS 16 erfasst – Excel oder Tool? Wir stehen gerade "
          "davor. Würde mich über Austausch freuen."),
  ("msg", "Danke für die Vernetzung und die ausführliche Antwort! Übrigens: genau dafür haben wir eine eigene Lösung gebaut – IFRS-16-Modul als SaaS, 290 € "
          "im Monat. Ich schick dir mal einen Testzugang, wann passt dir ein Onboarding-Call?"))
P("bait_and_switch_invitation", "fr", "Murielle Ostrowski", "Fondatrice | Cercle des Contrôleurs Indépendants", "Bordeaux",
  ("inv", "Bonjour Alex, je vous invite à rejoindre notre cercle de contrôleurs de gestion : on partage modèles, retours d'expérience et offres d'emploi, "
          "en toute bienveillance. Au plaisir !"),
  ("msg", "Bienvenue parmi nous ! Pour information, l'adhésion au cercle donne accès à notre programme de coaching « Leadership financier » (1 490 € HT), "
          "que je vous recommande vivement vu votre parcours. Je vous bloque une séance découverte ?"),
  ("msg", "Alex, je me permets d'insister gentiment : les places au tarif fondateur partent vite et j'avais pensé à vous en premier. Ce serait dommage, non ?"))
P("bait_and_switch_invitation", "it", "Walter Pezzullo", "Mentore per giovani CFO | Ex direttore finanziario", "Napoli",
  ("inv", "Ciao Alex, dopo 35 anni da direttore finanziario dedico un po' del mio tempo ai controller più giovani. Se ti fa piacere colleghiamoci: ogni "
          "tanto condivido materiali e consigli, gratis."),
  ("msg", "Grazie Alex per il collegamento. Come ti dicevo ci tengo ai giovani del settore, e proprio per questo ti segnalo una polizza vita e infortuni "
          "pensata per i dirigenti: con il tuo ruolo secondo me sei scoperto. Ti preparo un preventivo?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Marisa Echeverría", "Investigadora | Estudio sobre dirección financiera en pymes", "Pamplona",
  ("inm", "Encuesta para responsables financieros", "Hola Alex, estoy preparando un estudio sobre cómo gestionan el cierre mensual las pymes industriales. "
          "Son 10 minutos de encuesta y compartimos los resultados con todos los participantes. ¿Te animas?"),
  ("inm", "Resultados + una propuesta", "Gracias por participar, Alex. Viendo tus respuestas creo que encajaríais perfecto con nuestro servicio de "
          "externalización del cierre; tenemos tarifas muy competitivas para empresas de vuestro tamaño. ¿Cuándo te viene bien una llamada? Me sabría "
          "mal que no lo aprovecharas después de todo el trabajo de la encuesta.", (8, 20)))
P("bait_and_switch_inmail", "en", "Howard Blenkin", "Host | The Controller's Table podcast", "Bristol",
  ("inm", "Guest spot on The Controller's Table?", "Hi Alex, I host a small podcast for finance controllers - real close and audit war stories, nothing salesy. "
          "A colleague mentioned your ERP migration. Would you come on for 30 minutes next month?"),
  ("inm", "Re: Guest spot", "Brilliant, thanks Alex. One practical thing: to keep the show independent, guests cover a production contribution of £850, "
          "which includes a professional edit and a promo pack for your own LinkedIn. I'll send the invoice with the recording link. Most guests see it "
          "as an investment in their profile."))
P("bait_and_switch_inmail", "it", "Benedetta Fois", "Coordinatrice | Osservatorio Controller Italia", "Cagliari",
  ("inm", "Un parere da collega", "Buongiorno Alex, sto raccogliendo pareri di controller sul nuovo OIC per il rendiconto finanziario, per una guida gratuita "
          "che distribuiremo a tutti gli iscritti. Le farei due domande, anche qui per messaggio."),
  ("inm", "Grazie + una proposta", "Grazie mille per le risposte, molto utili. Approfitto: il nostro studio offre la revisione volontaria del bilancio a "
          "condizioni riservate a chi ha contribuito alla guida. Posso mandarle un'offerta? Sarebbe un peccato, dopo una collaborazione così bella."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Ulrike Sandmann", "Leiterin Finanzen | Ehrenamtlich: Controller-Stammtisch Ruhr", "Essen",
  ("inv", "Hallo Alex, ich organisiere den Controller-Stammtisch Ruhr: einmal im Monat, kostenlos, kein Verkauf. Nächstes Thema: Liquiditätsplanung in "
          "der Zinswende. Hättest du Lust vorbeizukommen?"),
  ("msg", "Schön, dass du beim Stammtisch warst! Hier wie versprochen die Folien und die Excel-Vorlage für die 13-Wochen-Liquiditätsplanung. Bedien dich."),
  ("end",),
  ("msg", "Hey Alex, ich hab dich für {skill} bestätigt – hast du dir verdient. Kleine Bitte zurück: Könntest du mich für Liquiditätsmanagement und "
          "Treasury bestätigen? Ich will mich nächstes Jahr beruflich verändern. Danke!"))
P("good_turns_ugly", "en", "Kieran Mulvey", "Senior Audit Manager | Technical Accounting", "Belfast",
  ("inv", "Alex - met you briefly at the audit update in Belfast. You asked about going-concern disclosures; I've an anonymised internal checklist I'm "
          "happy to send. Connect and I'll drop it in a message."),
  ("msg", "As promised, here's the checklist. Shout if anything's unclear, some of it is our in-house jargon."),
  ("msg", "Alex, hope the checklist helped. Bit awkward, but I'll be direct: our firm is tendering for your audit next year and I'd really appreciate it if "
          "you put our name forward to your audit committee. After the help I've given you, it'd be nice to see something come back the other way.", (20, 45)))
P("good_turns_ugly", "es", "Rocío Almagro", "Formadora | Excel y Power BI para finanzas", "Sevilla",
  ("inv", "Hola Alex, el jueves 20 doy un taller gratuito online de Power Query para equipos de control de gestión. Si te apetece, te guardo plaza a ti "
          "y a quien quieras de tu equipo."),
  ("msg", "¡Gracias por venir al taller! Te paso la grabación y los ficheros de ejemplo. Cualquier duda, me dices."),
  ("msg", "Alex, ¿qué tal? He visto que nadie de tu equipo se ha apuntado al curso avanzado (390 € por persona). La verdad, después de regalaros el "
          "taller esperaba algo más de reciprocidad. ¿Te apunto al menos a dos personas?", (10, 30)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Hervé Lanzmann", "Consultant indépendant | Crédit d'impôt recherche", "Grenoble",
  ("inv", "Bonjour Alex, votre activité R&D est très probablement éligible au CIR. Nous travaillons au succès. 15 minutes pour en parler ?"),
  ("inm", "Troisième tentative", "Bonjour, j'ai rarement vu un responsable financier aussi peu curieux de l'argent qu'il laisse sur la table. Je finirai "
          "bien par en parler à votre présidente, que je croise régulièrement aux petits-déjeuners du Medef local. Bien à vous."),
  ("inv", "Bonjour Alex, nouvelle année, nouveau départ ! Je serais ravi de vous compter dans mon réseau, sans arrière-pensée."))
P("reinvite_known_ugly", "it", "Simone Achterberg", "Growth Partner | Finance Leaders Roundtable", "Amsterdam",
  ("inm", "Roundtable invite", "Hi Alex, we're hosting a closed-door roundtable for finance controllers in Milan on the 9th - ten seats, Chatham House, "
          "no vendors in the room. Would you like one?"),
  ("inm", "Roundtable - next step", "Great to have you interested! Seats are sponsored by our partner, a spend-management platform, so we ask attendees to "
          "take a 30-minute demo beforehand. I'll send a calendar link."),
  ("inv", "Hi Alex, it's been a while - would love to stay in touch properly here."),
  nl="en")
P("reinvite_known_ugly", "it", "Massimo Ceriani", "Agente | Noleggio a lungo termine per flotte aziendali", "Brescia",
  ("inv", DEFAULT),
  ("inm", "?", "Alex, ti ho chiesto il collegamento due volte. Non costa niente cliccare \"accetta\", ma evidentemente per certi manager il tempo degli "
          "altri non vale nulla. Buon lavoro."),
  ("inv", "Ciao Alex, forse l'altra volta ho sbagliato tono, me ne scuso. Ripartiamo? Mi farebbe piacere averti tra i contatti."))


# =============================================================== good_invitation (near misses among them)
P("good_invitation", "en", "Bronwen Aspinall", "Finance Director | Pennine Castings", "Huddersfield",
  ("inv", "Alex - Ruth and I sat on the same Make UK panel in May and she said you'd run the cleanest IFRS 16 rollout she's seen. I'm about to start ours; "
          "could I pick your brain for half an hour? Lunch on me."))
P("good_invitation", "de", "Katrin Oehlschläger", "Leiterin Controlling | ICV-Arbeitskreis Stuttgart", "Stuttgart",
  ("inv", "Hallo Alex, ich weiß, bei dir ist gerade Jahresabschluss – also ganz ohne Eile: Unser ICV-Arbeitskreis trifft sich am 6.3., kostenlos, mit "
          "Weiterbildungsnachweis. Thema Forecasting. Hätte dich gern dabei!"),
  ("rem",))
P("good_invitation", "fr", "Yannick Le Goff", "Responsable contrôle de gestion | Armor Bio", "Brest",
  ("inv", "Bonjour Alex, on m'a soufflé que vous aviez mis en place un rolling forecast dans l'industrie. Je me lance dans le même chantier : un échange "
          "entre pairs de 20 minutes ? Promis, rien à vendre."),
  ("inm", "Pas de souci", "Bonjour Alex, je vois que ma demande est restée sans suite : aucun souci, je sais ce que sont les clôtures. Pour info, je partage "
          "en libre accès le modèle de forecast que nous avons construit, si ça peut vous servir (lien dans mon profil, rubrique Sélection). "
          "Bonne continuation !", (18, 35)))
P("good_invitation", "es", "Claudia Rentería", "Responsable de Control de Gestión | Conservas del Cantábrico", "Santander",
  ("inv", "Hola Alex, Paula Gil (tu antigua compañera en Logista) me dice que deberíamos conocernos. Llevo control de gestión en una conservera y "
          "organizamos un grupo de lectura de normativa contable, gratis, una vez al mes. ¿Te sumas?"))
P("good_invitation", "it", "Pierluigi Santangelo", "CFO | Ex Ferrante Meccanica", "Torino",
  ("inv", "Alex! Quanto tempo. Sono ancora vivo, nonostante i budget 😄 Ti ricordi il modello di consolidato che avevamo fatto insieme nel 2019? L'ho "
          "aggiornato all'OIC 34, te lo passo volentieri. Colleghiamoci e te lo mando."),
  ("rem",))


# =============================================================== connection_brings_value (near misses among them)
P("connection_brings_value", "en", "Stuart Pennock", "Group Financial Controller | Ex-Veltra", "Sheffield",
  ("msg", "Oi Morgan, still pretending you'll leave the office before 7 during close? 😂 Seriously though, the Veltra lot are doing drinks on the 28th at "
          "the Brewhouse, free, partners welcome. Also found the old intercompany recon macro you wrote - it still runs. Sending it over so you can "
          "laugh at your 2014 self."),
  ("msg", "Here it is. Don't judge the variable names, they're yours. See you on the 28th, first round's on whoever had the worse audit.", (0, 2)))
P("connection_brings_value", "de", "Wiebke Harms", "Wirtschaftsprüferin | Partnerin, Harms & Tjaden", "Bremen",
  ("end",),
  ("msg", "Hallo Alex, ich war gestern bei deinem Vortrag auf dem Controllertag. Ehrlich gesagt: Inhalt stark, aber 46 Folien in 30 Minuten waren zu viel, "
          "hinten im Saal hat keiner mehr mitgeschrieben. Nimm's nicht persönlich – ich schick dir meine Notizen, welche drei Punkte am besten "
          "ankamen. Beim nächsten Mal gern wieder!"))
P("connection_brings_value", "fr", "Olivier Brassac", "DAF | Groupe Brassac Emballages", "Angers",
  ("msg", "Bonjour Alex, je comprends tout à fait que vous ne puissiez pas intervenir à notre matinale cette année. C'est dommage, mais ce n'est que partie "
          "remise. Je vous envoie quand même le replay et le support de la table ronde sur l'affacturage inversé, ça pourrait vous servir."))
P("connection_brings_value", "es", "Tomás Aguirre", "Controller financiero | Ex Calder & Finch", "Bilbao",
  ("msg", "¡Alex, que sigues vivo! Ya sé que en cierre no existes para el mundo, así que te lo dejo por aquí y me contestas en marzo 😂 Te paso el contacto "
          "de la auditora que nos salvó con el tema de las existencias, le he dicho que a lo mejor la llamas. Sin compromiso, es buenísima."))
P("connection_brings_value", "it", "Lucia Ferrandi", "Controller | Docente a contratto", "Milano",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill} dopo il webinar di ieri: spiegato meglio che in qualsiasi manuale. Non serve ricambiare, figurati! Ti giro "
          "le domande che non abbiamo fatto in tempo a farti, magari ti tornano utili per la prossima edizione."))
P("connection_brings_value", "en", "Ama Boateng", "Head of Internal Audit | Kestrel Partners", "London",
  ("msg", "Alex, read your piece on the audit committee pack. I'll be honest: I disagree with point 3, cutting the variance commentary is how things get "
          "missed. The rest is spot on though. Here's the one-page template we moved to last year - it answers your concern without losing the detail. "
          "Happy to argue it out over a coffee."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Jonas Gerlach", "Referent Weiterbildung | IHK Köln", "Köln",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie am Telefon besprochen: Wir suchen noch Prüferinnen und Prüfer für den Bilanzbuchhalter-Abschluss, "
          "ehrenamtlich, mit Aufwandsentschädigung. Die Infos hängen an – schau einfach rein, kein Druck."))
P("user_invited_value", "fr", "Capucine Delorme", "Doctorante en contrôle de gestion | IAE Nantes", "Nantes",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Comme convenu au colloque, voici le lien vers la synthèse de mon enquête sur les budgets base zéro, en accès libre. "
          "Vos remarques m'intéressent, même (surtout) si elles piquent !"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Eleonora Mastrangelo", "Talent Acquisition | Gruppo Ferrante", "Bergamo",
  ("inm", "Head of Controlling – Bergamo", "Buongiorno Alex, seguo la ricerca di un Head of Controlling per un gruppo metalmeccanico quotato (1.400 "
          "dipendenti, tre stabilimenti). Il suo percorso mi sembra molto in linea. Riporto diretto al CFO, RAL 110-125k più bonus. Le andrebbe una "
          "telefonata riservata?"))
P("stranger_inmail_recruiter", "es", "Niall Corrigan", "Executive Search | Finance & Accounting", "Dublin",
  ("inm", "Your name came up", "Hi Alex, your former boss at Veltra, Dan Whitlock, put your name forward - he says you're wasted where you are, his words "
          "not mine. We're running a Group Financial Controller search for a PE-backed engineering group in Cheshire, £120-135k plus bonus. "
          "Confidential, no obligation. Ten minutes this week?"),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Rémi Caussade", "Conseiller clientèle professionnelle", "Montpellier", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Greta Pavesi", "Sales Specialist", "Monza", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jordan Whitlow", "SDR | SpendWise – AP automation", "London",
  ("inv", "Hey Alex - noticed Example Industries is hiring in AP. Before you add headcount, worth 15 mins to see how SpendWise clears 80% of invoices "
          "touch-free? Happy to work around close."),
  ("inm", "Closing the loop", "Hi Alex, I haven't heard back, so I'll assume the timing isn't right - no hard feelings at all, and I'll stop nudging. If AP "
          "ever becomes a headache you know where to find me. All the best, Jordan"))
P("sales_invitation", "de", "Patrick Hüttenrauch", "Key Account Manager | Factoring für den Mittelstand", "Düsseldorf",
  ("inv", "Guten Tag Alex, Factoring ohne Mindestumsatz, Auszahlung in 24 Stunden – darf ich Ihnen ein unverbindliches Angebot schicken?"),
  ("rem",),
  ("inm", "Nochmal kurz", "Hallo Alex, ich melde mich noch einmal, weil sich die Konditionen zum Quartalsende ändern. Sollen wir doch kurz telefonieren? "
          "Zehn Minuten reichen völlig."))
P("sales_invitation", "es", "Verónica Salcedo", "Corredora de seguros | D&O para directivos", "Málaga",
  ("inv", "Hola Alex, trabajo seguros D&O para directivos financieros. Muchos no saben que están sin cubrir a título personal. ¿Te preparo una "
          "cotización sin compromiso?"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Davide Ruggeri", "Consulente | Software per la tesoreria", "Padova",
  ("msg", "Ciao Alex, grazie del collegamento! Ti scrivo perché con il nostro gestionale di tesoreria i controller risparmiano circa un giorno a settimana "
          "sulle riconciliazioni. Ti faccio vedere una demo di 20 minuti?"),
  ("msg", "Alex, ti riscrivo perché abbiamo aperto cinque posti per il progetto pilota a prezzo bloccato fino a dicembre. Te ne tengo uno?"),
  ("msg", "Ok, capisco che non è il momento. Se cambia qualcosa fammi sapere, il pilota resta aperto fino a fine anno."))
P("connection_only_pitches", "en", "Marnie Hollis", "Executive Coach | Finance Leaders", "Oxford",
  ("msg", "Hi Alex, so many controllers I work with tell me they feel stuck one rung below CFO. My 12-week programme is built for exactly that moment. "
          "Fancy a free discovery call to see if it's a fit?"),
  ("msg", "Just circling back, Alex - two places left in the January cohort, and the early-bird rate ends Friday."))
P("connection_only_pitches", "fr", "Grégory Vasseur", "Business Developer | Cabinet de recrutement finance", "Paris",
  ("msg", "Bonjour Alex, nous plaçons des contrôleurs de gestion en intérim et en CDI sous 10 jours. Des besoins pour la clôture annuelle ? Je peux vous "
          "envoyer trois profils dès demain."),
  ("msg", "Re-bonjour Alex, je reviens vers vous : nos honoraires deviennent dégressifs au-delà de deux recrutements dans l'année. Un point téléphonique "
          "cette semaine ?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Fabian Ostertag", "Berater | ESG-Reporting & CSRD", "Frankfurt am Main",
  ("msg", "Hallo Alex, die CSRD trifft euch ja ab dem nächsten Geschäftsjahr. Wir haben ein Festpreispaket für die doppelte Wesentlichkeitsanalyse. "
          "Magst du dir das Angebot mal anschauen?"),
  ("msg", "Alles klar, danke für die ehrliche Antwort! Dann viel Erfolg mit der internen Lösung – und falls doch mal Bedarf ist, weißt du ja, wo du "
          "mich findest."))
P("single_pitch", "es", "Jaime Portillo", "Consultor | Implantación de ERP para pymes", "Barcelona",
  ("msg", "Alex, ¿qué tal todo? Me he enterado de que estáis valorando cambiar de ERP. Nosotros implantamos en 12 semanas con precio cerrado. ¿Te paso "
          "una propuesta y lo comentamos con un café?"))
P("single_pitch", "it", "Fulvio Lanaro", "Broker assicurativo | Rischi d'impresa", "Vicenza",
  ("msg", "Ciao Alex, visto che rinnovate le polizze a fine anno ti propongo un check gratuito della copertura crediti: spesso si paga troppo per quello "
          "che serve davvero. Facciamo una call di 15 minuti?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Mareike Drescher", "Business Development | Datenräume für Prüfung & M&A", "Berlin",
  ("inm", "Kurze Frage zu Ihrem Abschluss", "Guten Tag Alex, unsere virtuellen Datenräume nutzen über 300 Mittelständler für Prüfungen und "
          "Finanzierungsrunden. Darf ich Ihnen in 15 Minuten zeigen, wie Sie Ihren Jahresabschluss damit beschleunigen?"),
  ("inm", "Nachfrage", "Hallo Alex, nur eine kurze Erinnerung an meine Nachricht. Gern schicke ich Ihnen vorab auch unsere Preisliste."))
P("stranger_inmail_sales", "de", "Tariq Haddad", "Partner | Offshore Accounting Services", "Dubai",
  ("inm", "Cut your AP cost by 60%", "Dear Alex, we provide dedicated offshore accountants for AP, AR and reconciliations at a fraction of European cost. "
          "ISO certified and GDPR compliant. Could we schedule a 15-minute introductory call this week?"),
  nl="en")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Aitor Zabaleta", "Comercial | Renting de vehículos para empresas", "San Sebastián",
  ("inm", "Flota de Example Industries", "Hola Alex, ¿renováis flota este año? Tenemos renting con mantenimiento incluido y cuotas un 15 % por debajo de "
          "mercado. ¿Te envío una propuesta?"),
  ("inv", "Hola Alex, me encantaría tenerte en mi red, siempre es bueno conocer a profesionales del sector."))
P("reinvite_known_bad", "de", "Sven Thalmann", "Vertrieb | Zeiterfassung & HR-Software", "Wien",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide beim Controller Congress in München – lass uns doch vernetzen!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Colm Brady", "Managing Director | Brady FX Solutions", "Dublin",
  ("acc",),
  ("msg", "Thanks for accepting, Alex - great to meet you at the Chamber breakfast. As I mentioned, we handle FX hedging for exporters and usually beat "
          "bank spreads by 30-40 bps. Could I send you a short proposal?"))
P("user_invited_pitch_once", "it", "Annalisa Prete", "Consulente | Recupero crediti stragiudiziale", "Roma",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come accennato al convegno, ci occupiamo di recupero crediti stragiudiziale a percentuale sul recuperato. "
          "Se hai pratiche incagliate posso farti una valutazione."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Ludovic Barrère", "Associé | Optimisation de la fiscalité locale", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme évoqué au salon, nous auditons vos taxes locales et ne sommes rémunérés qu'au succès (30 % des "
          "économies). Je vous envoie la lettre de mission ?"),
  ("msg", "Bonjour Alex, je reviens vers vous au sujet de l'audit CFE. Nos prochains créneaux sont en février, voulez-vous que je vous en réserve un ?"))
P("user_invited_pitch_twice", "de", "Yvonne Brandl", "Vertrieb | Business-Travel-Agentur", "München",
  ("acc",),
  ("msg", "Danke fürs Annehmen, Alex! Wie beim Event kurz erzählt: Wir organisieren Geschäftsreisen für Mittelständler und sparen im Schnitt 18 % "
          "Reisekosten. Darf ich dir ein Angebot machen?"),
  ("msg", "Hallo Alex, ich hake nochmal nach – gerade gibt es ein Einstiegsangebot ohne Grundgebühr im ersten Jahr. Wann hättest du 15 Minuten?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Mercedes Lozano Prieto", "Directora financiera | Grupo Lozano", "Valladolid", ("acc",))
P("acceptance_only", "en", "Hamish Strachan", "Audit Committee Chair | Non-Executive Director", "Edinburgh", ("acc",))
P("lone_endorsement", "de", "Gabriele Strobl", "Buchhalterin | Kreditorenbuchhaltung", "Graz", ("end",))
P("lone_endorsement", "fr", "Thierry Vannier", "Contrôleur de gestion industriel", "Mulhouse", ("end",))


# ------------------------------------------------------------------------- checks on the stories
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ruth Kessler", "ruth.kessler@example-industries.example", "Delia Hartigan?",
     "Alex,\n\na Delia Hartigan tells me she has been 'trying to reach you on LinkedIn'. I've never had lunch with her and have no idea who she is. "
     "Ignore her unless you think the VAT thing is real.\n\nRuth", "en"),
    ("Stuart Pennock", "stu.pennock@mailbox.example", "28th - you coming?",
     "Morgan,\n\nsent you the macro on LinkedIn, couldn't find your personal address. Brewhouse, 7pm. Don't make me come and get you.\n\nStu", "en"),
    ("Personalabteilung", "personal@example-industries.example", "Richtlinie: Auftreten in sozialen Netzwerken",
     "Liebe Kolleginnen und Kollegen,\n\nbitte beachten Sie die aktualisierte Richtlinie zu LinkedIn und XING. Drohungen oder Druck von Dienstleistern "
     "über private Kanäle leiten Sie bitte an die Compliance weiter.", "de"),
    ("DFCG Bretagne", "bretagne@dfcg.example.fr", "Matinale du 12 : inscriptions ouvertes",
     "Bonjour,\n\nles inscriptions à la matinale sont ouvertes. Pensez à mettre à jour votre profil LinkedIn : nous publierons la liste des intervenants.", "fr"),
    ("XING", "mailrobot@mail.xing.example", "Sie haben 3 neue Kontaktanfragen",
     "Hallo Alex,\n\nSie haben 3 neue Kontaktanfragen auf XING. Übrigens: Sie können Ihr Profil auch mit LinkedIn verknüpfen.", "de"),
    ("Tesorería Grupo Lozano", "tesoreria@grupolozano.example.es", "Confirmación de saldos a 31/12",
     "Hola Alex:\n\nte adjuntamos la confirmación de saldos. Mercedes te ha aceptado en LinkedIn, así que ya tenéis contacto directo por allí.", "es"),
    ("Ufficio Stampa Finance Women Network", "stampa@fwn-milano.example.it", "Meetup del 14 marzo: programma",
     "Ciao,\n\necco il programma del meetup. Seguici su LinkedIn per la diretta e le foto della serata.", "it"),
    ("Controller Congress", "tickets@controller-congress.example", "Ihr Ticket für den Controller Congress",
     "Hallo Alex,\n\nanbei Ihr Ticket. Teilen Sie Ihre Teilnahme gern mit #ControllerCongress auf LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-fifth development corpus (dev75). Generated by scripts/make_corpus_dev75.py (seed {SEED}); do not edit by hand.",
          "# The ugly side written subtly (sulking, score-keeping, name-dropping the CEO, shaming hints, pressure after a no, endorse-back favours) "
          "next to its near misses (banter, blunt but fair feedback, polite disappointment, busy jokes). Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev75", SEED, PEOPLE, FOREIGN, spoofs=9, other=10, header=HEADER)
