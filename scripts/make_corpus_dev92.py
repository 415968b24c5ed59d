#!/usr/bin/env python3
"""Write mailbot's ninety-second, independent development corpus: tests/corpus/dev92/*.eml + expected.toml.

The angle: short and ambiguous notes. Most notes are one or two lines, and what they mean
hinges on a single word ("free", "quote", "demo", "role" against "roles") or on what the
same person sent before or after. A peer's "got a sec?" sits next to a seller's "got a
sec?"; an invitation that only says "fellow controller, want in?" is read by the mail that
follows it. Many people start ambiguous and become clear later: a vague invitation that
turns into a pitch once accepted (bait and switch), a vague InMail that turns into a real
job or into a demo request, a "coffee sometime?" that turns out to be about savings plans,
a terse re-invite from someone whose earlier mail was a sales pitch or an insult. All five
languages (English, German, French, Spanish, Italian), every scenario of the taxonomy.

The user is Alex Morgan, finance controller (LinkedIn's recipient line stays that of
scripts/make_corpus.py). The MIME and layout machinery is imported from
scripts/make_corpus.py through scripts/corpus_stories.py. The notes that spoofs carry and
the spoof methods used are swapped for this corpus in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev92.py              # writes tests/corpus/dev92
    python scripts/make_corpus_dev92.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260992

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ spoofs (this process only)
# What the spoofs say when they borrow someone's name: short, like the rest of this corpus.
SPOOF_NOTES = {
    "en": ["Got a sec? I put the numbers in a shared file for you, sign in to open it.",
           "Alex, quick one: can you confirm your details on the form below before Friday?"],
    "de": ["Hast du kurz Zeit? Ich hab dir die Unterlagen freigegeben, bitte einloggen.",
           "Hallo Alex, bitte bestätigen Sie kurz Ihre Daten über den Link unten."],
    "fr": ["Deux minutes ? Je vous ai partagé le fichier, connectez-vous pour l'ouvrir.",
           "Bonjour Alex, merci de valider vos coordonnées via le lien ci-dessous."],
    "es": ["¿Tienes un minuto? Te compartí el archivo, entra con tu cuenta para verlo.",
           "Hola Alex, confirma tus datos en el formulario antes del viernes."],
    "it": ["Hai un minuto? Ti ho condiviso il file, accedi per aprirlo.",
           "Ciao Alex, conferma i tuoi dati dal link qui sotto entro venerdì."],
}
PHISH = {
    "en": ["Invoice attached, please review and approve today.", "You have a pending document from a connection. Log in to view."],
    "de": ["Rechnung im Anhang, bitte heute noch freigeben.", "Ein Kontakt hat Ihnen ein Dokument gesendet. Zum Ansehen anmelden."],
    "fr": ["Facture jointe, merci de la valider aujourd'hui.", "Un contact vous a envoyé un document. Connectez-vous pour le lire."],
    "es": ["Factura adjunta, por favor apruébala hoy.", "Un contacto te ha enviado un documento. Inicia sesión para verlo."],
    "it": ["Fattura in allegato, approvala oggi per favore.", "Un collegamento ti ha inviato un documento. Accedi per vederlo."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
    mc.PHISH_NOTES[_l] = list(PHISH[_l])
# ten spoofs, ten different ways to fail authentication
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "untrusted:mx.google.com", "lookalike:linkedin.com.evil.example", "buried", "wrongpass", "display:outlook.com"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Nadia Kershaw", "Group Financial Controller at Halden Foods", "Leeds",
  ("inv", "Got a sec at some point? Stuck on a lease reclass under IFRS 16 and your post last week is the closest thing to our mess I've found."),
  ("rem",))
P("good_invitation", "de", "Henrik Albers", "Leiter Rechnungswesen | Stadtwerke Oldenburg", "Oldenburg",
  ("inv", "Moin Alex, beim Controller-Frühstück am 14. ist noch ein Platz frei. Kostenlos, wird als Fortbildung angerechnet. Magst du?"))
P("good_invitation", "fr", "Margaux Delorme", "Contrôleuse de gestion | Groupe Vallée Verte", "Rennes",
  ("inv", "Bonjour Alex, une question de contrôleuse à contrôleur : vous passez la provision congés payés tous les mois ou au trimestre ?"),
  ("inm", "Ma question sur les CP", "Pas de souci si vous manquez de temps, je poserai la question au club de Rennes. Bonne fin de semaine !", (8, 20)))
P("good_invitation", "es", "Lorena Quintana", "Responsable de Tesorería | Grupo Hostelero Ribera", "Málaga",
  ("inv", "Hola Alex! ¿Te guardo sitio el jueves en el desayuno de tesoreros? Es gratis, somos ocho y se habla claro."),
  ("rem",))
P("good_invitation", "it", "Ettore Salvi", "Revisore legale | Partner, Salvi & Gatto", "Brescia",
  ("inv", "Alex, ti giro volentieri la checklist di chiusura che usiamo coi clienti. Gratis, senza impegno."))
P("good_invitation", "en", "Jonas Pfeiffer", "Head of FP&A | Kessler Maschinenbau", "Augsburg",
  ("inv", "Hi Alex, kurze Frage unter Controllern: wie plant ihr die Energiekosten fürs nächste Jahr? Wir tappen da gerade im Dunkeln."),
  nl="de")
P("good_invitation", "it", "Caterina Lodi", "Talent Acquisition | Gruppo Ferretti Alimentare", "Parma",
  ("inv", "Buongiorno Alex, cerchiamo un Head of Controlling per lo stabilimento di Parma, a tempo indeterminato. Ne parliamo?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Gareth Pryce", "Business Owner", "Cardiff", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Yannick Morel", "Consultant indépendant", "Toulouse", ("inv", NONOTE))
P("default_invitation", "it", "Rosaria Pinto", "Sales & Marketing", "Bari", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Troy Maddox", "Account Executive | Ledgerly", "Austin",
  ("inv", "Alex, 15 min for a demo this week? Your close is probably slower than it needs to be."))
P("sales_invitation", "de", "Sandra Pohl", "Vermögensberaterin | Pohl Finanzplanung", "Kassel",
  ("inv", "Hallo Alex, schon mal Ihre private Altersvorsorge unabhängig prüfen lassen? Ich nehme mir gern 20 Minuten."),
  ("rem",))
P("sales_invitation", "es", "Óscar Barrientos", "Director Comercial | NominaPlus", "Zaragoza",
  ("inv", "Alex, ¿cuánto os cuesta hoy hacer las nóminas? Te paso presupuesto en 24 h."))
P("sales_invitation", "fr", "Clément Vasseur", "Business Developer | Recouvra", "Lille",
  ("inv", "Bonjour Alex, vos impayés clients vous coûtent combien par an ? On en récupère 70 % en 60 jours, rémunérés au succès."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Hollie Brandt", "Community Lead | Controllers Collective", "Bristol",
  ("inv", "Fellow controller here – we run a small peer group, no fluff. Want in?"),
  ("msg", "Great to have you! Before the first session: members get 20% off Closewise, the close tool we built. Can I book you a walkthrough?", (2, 8)),
  ("msg", "Hi Alex, bumping this – member walkthrough slots close Friday.", (6, 15)))
P("bait_and_switch_invitation", "de", "Dominik Reuter", "Controller | Netzwerker", "Nürnberg",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen – darf ich?"),
  ("msg", "Danke! Meine Frage: Wie zufrieden sind Sie mit Ihrer Reisekostenabrechnung? Wir haben dafür eine App, die zeige ich Ihnen gern in 15 Minuten.", (2, 10)))
P("bait_and_switch_invitation", "fr", "Sabrina Lenoir", "Passionnée de finance | Mentor", "Marseille",
  ("inv", "Bonjour Alex, je partage gratuitement mon modèle de prévision de trésorerie avec les financiers de la région. Ça vous dit ?"),
  ("msg", "Voici le modèle ! Et si vous voulez qu'on le déploie ensemble chez vous, mon accompagnement est à 1 200 € HT. Jeudi, ça vous irait ?", (3, 12)))
P("bait_and_switch_invitation", "es", "Iván Cordero", "Founder | Círculo CFO Levante", "Valencia",
  ("inv", "Alex, ¿te sumas a un grupo de WhatsApp de financieros de Levante? Solo colegas."),
  ("msg", "¡Bienvenido! Por cierto, gestiono patrimonios de directivos. ¿Un café y vemos tu planificación fiscal?", (2, 9)),
  ("msg", "Alex, ¿lo del café? Tengo hueco el martes.", (5, 14)))
P("bait_and_switch_invitation", "it", "Roberto Cattaneo", "Finance professional", "Bergamo",
  ("inv", "Ciao Alex, tra controller ci si aiuta. Colleghiamoci!"),
  ("msg", "Grazie! Ti scrivo perché seguo le polizze D&O di parecchi CFO della zona. Ti preparo un preventivo senza impegno?", (3, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Fraser Quinn", "Research Lead | CFO Pulse", "Glasgow",
  ("inm", "Two-minute question", "Alex, I'm running a short peer survey of controllers on close times. Three questions, and everyone who answers gets the results."),
  ("inm", "Your answers + an idea", "Thanks for answering! With a nine-day close, our Closefast platform would save you four days. Demo on Tuesday?", (4, 12)))
P("bait_and_switch_inmail", "de", "Melanie Kraus", "Gründerin | Finanzfrauen Süd", "Stuttgart",
  ("inm", "Einladung", "Hallo Alex, wir sind ein kleines Netzwerk für Finanzleute im Süden. Magst du zum nächsten Treffen kommen? Kostet nix."),
  ("inm", "Nachtrag", "Schön, dass du Lust hast! Vorab kurz: ich bin Versicherungsmaklerin und schau mir gern eure betriebliche Altersvorsorge an. Passt Mittwoch?", (3, 10)))
P("bait_and_switch_inmail", "it", "Gianni Ferraro", "Consulente | Network imprenditori veneti", "Padova",
  ("inm", "Domanda veloce", "Alex, una curiosità da collega: come gestite il recupero crediti?"),
  ("inm", "Re: Domanda veloce", "Te lo chiedevo perché col nostro factoring le aziende come la tua incassano in 48 ore. Ti mando la proposta?", (3, 9)))
P("bait_and_switch_inmail", "es", "Patricia Lozano", "Coach | Liderazgo financiero", "Madrid",
  ("inm", "Un regalo", "Hola Alex, regalo mi e-book sobre cómo presentar números al comité de dirección. ¿Te lo mando?"),
  ("inm", "¿Qué te pareció?", "Espero que te sirviera. Abro 3 plazas en mi mentoría para controllers (990 €). ¿Hablamos esta semana?", (6, 18)),
  ("inm", "Última plaza", "Alex, queda una plaza. Si la quieres, te la reservo hasta el viernes.", (5, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Declan Moss", "Sales Manager | Brightform", "Cork",
  ("end",),
  ("msg", "Did the endorsement come through? A click back on Sales Leadership would be grand 🙏", (0, 3)))
P("endorse_me_back", "fr", "Audrey Roux", "Chargée de recrutement", "Nantes",
  ("end",), ("end",),
  ("msg", "Alex, petit échange de bons procédés ? Je t'ai validé {skill}, une validation « Recrutement » en retour m'aiderait bien.", (0, 4)))
P("endorse_me_back", "de", "Kai Wendt", "Projektleiter Digitalisierung", "Bremen",
  ("end",),
  ("msg", "Moin Alex, hab dir {skill} bestätigt. Machst du bei mir „Projektmanagement“? Brauch ich grad für eine Bewerbung.", (0, 2)))
P("endorse_me_back", "it", "Serena Bassi", "Account Manager | Lumen ERP", "Modena",
  ("end",),
  ("msg", "Ciao Alex! Vista la conferma su {skill}? Se hai un attimo, ricambia su «Negoziazione» 😉", (1, 4)))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brent Koval", "Growth Partner | ScaleOps", "Denver",
  ("inv", "Alex, quick one – open to swapping notes on finance ops?"),
  ("rem",),
  ("inm", "Huh", "Three weeks and not even a no. Must be nice up on that high horse.", (4, 12)))
P("hostility_after_decline", "es", "Maite Urrutia", "Consultora de procesos", "Bilbao",
  ("inv", DEFAULT),
  ("inm", "Vaya", "Veo que ignoras a la gente. Qué poca educación, Alex."))
P("hostility_after_decline", "it", "Fabio Gentile", "Imprenditore | Export", "Verona",
  ("inv", "Alex, posso rubarti cinque minuti?"),
  ("inm", "Ok.", "Capito. Tanta spocchia per un controller di provincia."))
P("hostility_after_decline", "de", "Ralf Junge", "Vertriebsleiter | Kontora Software", "Dortmund",
  ("inv", "Hallo Alex, hätten Sie mal 10 Minuten? Es geht um Ihre Kreditorenprozesse."),
  ("rem",),
  ("inm", "Schade", "Einfach ignorieren ist auch eine Antwort. Eine ziemlich unhöfliche."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Thierry Masson", "Conseil en cession d'entreprise", "Bordeaux",
  ("msg", "Alex, vous avez déjà fait estimer votre société ? Je fais l'estimation gratuitement, ensuite on parle mandat."),
  ("msg", "Je relance : l'estimation vous intéresse toujours ?", (6, 14)),
  ("msg", "Pas de réponse, pas même un « non merci ». Charmant. On voit le niveau.", (5, 12)))
P("hostility_connection", "en", "Shane Doherty", "Partner | Doherty Tax Advisory", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Happy with your R&D tax credit claims? We usually find money left on the table, and we only bill on what we recover."),
  ("msg", "Seen and ignored. Bit rich for someone who sent ME the invite.", (4, 10)))
P("hostility_connection", "it", "Marina Sorrentino", "Broker assicurativo", "Napoli",
  ("msg", "Alex, rinnovo delle polizze aziendali in vista? Ti faccio un confronto prezzi."),
  ("msg", "Va bene, ho capito. Ma rispondere costa poco: che maleducazione.", (5, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Holger Brandl", "Key Account | Belegfix", "Regensburg",
  ("msg", "Servus Alex, hast du kurz Zeit?"),
  ("msg", "Es geht um Belegfix: wir lesen Eingangsrechnungen automatisch ein, DATEV-ready. 15 Minuten Demo nächste Woche?", (1, 4)),
  ("msg", "Alex, die Demo-Termine für Oktober sind fast weg – soll ich dir einen blocken?", (7, 18)))
P("connection_only_pitches", "en", "Keisha Monroe", "Partnerships | PayTrail", "Atlanta",
  ("msg", "Got a sec?"),
  ("msg", "Wanted to see if corporate cards are on your radar this year. PayTrail pays 1.5% cashback on all spend – worth a chat?", (1, 3)),
  ("msg", "Following up on the cards, happy to send pricing over.", (8, 20)))
P("connection_only_pitches", "es", "Nicolás Ferreyra", "Socio | Nearshore Contable", "Buenos Aires",
  ("msg", "Alex, ¿seguís llevando la contabilidad in-house? Nosotros lo hacemos por la mitad."),
  ("msg", "Te dejo una propuesta para cuentas a pagar. ¿La vemos en una llamada?", (5, 14)))
P("connection_only_pitches", "fr", "Laure Gillet", "Conseillère en gestion de patrimoine", "Annecy",
  ("msg", "Bonjour Alex, un café un de ces jours ?"),
  ("msg", "Je vous proposais ce café pour parler de votre épargne et de vos placements. Un créneau jeudi ?", (3, 8)),
  ("msg", "Petit rappel pour le bilan patrimonial offert 🙂", (10, 25)))


# =============================================================== single_pitch
P("single_pitch", "it", "Davide Orlando", "Business Development | Contabo Cloud", "Torino",
  ("msg", "Alex, per le note spese usate ancora i fogli Excel? Se vuoi ti faccio vedere il nostro gestionale in 10 minuti."))
P("single_pitch", "es", "Mireia Soler", "Fundadora | AuditPrep", "Barcelona",
  ("msg", "Alex, se acerca la auditoría. Te dejamos preparado todo lo que piden los auditores, a precio cerrado. ¿Te digo cuánto sería?"))
P("single_pitch", "de", "Tanja Vollmer", "Immobilienberaterin", "Leipzig",
  ("msg", "Hallo Alex, schon mal über eine Wohnung als Kapitalanlage nachgedacht? Ich hätte da gerade was in Leipzig."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Owen Ladipo", "Senior Controller at Marlow Rail", "Manchester",
  ("end",),
  ("msg", "Got a sec?", (3, 20)),
  ("msg", "Sorry, hit send too early. We're hosting the controllers' meetup at our office on the 9th – free, 2 CPD hours. Want a spot?", (0, 1)))
P("connection_brings_value", "de", "Wiebke Harms", "Leiterin Treasury | Nordlicht Logistik", "Hamburg",
  ("msg", "Hast du mal kurz Zeit? Geht um die E-Rechnung."),
  ("msg", "Wir haben für die Umstellung eine Checkliste gebaut, die kannst du gern haben, kostet nix. Sag Bescheid, dann schick ich sie rüber.", (0, 2)))
P("connection_brings_value", "es", "Ramiro Echeverría", "Controller financiero | Bodegas Ontañón", "Logroño",
  ("msg", "Alex, ¿tienes un minuto? Duda rápida: ¿cómo periodificáis los rappels a clientes?"),
  ("msg", "¡Mil gracias! Te debo una. Si pasas por Logroño, la cena corre de mi cuenta.", (2, 6)))
P("connection_brings_value", "it", "Beatrice Villa", "Head of Accounting | Gruppo Tessile Comense", "Como",
  ("end",),
  ("msg", "Ciao Alex, giovedì il club dei controller lombardi fa un incontro gratuito sui nuovi OIC. Ti segno?", (4, 20)))
P("connection_brings_value", "fr", "Anaïs Perrot", "Contrôleuse de gestion industrielle | Fonderies du Jura", "Besançon",
  ("inv", "Bonjour Alex, même galère que vous sur les prix de cession internes, je crois 😅"),
  ("msg", "Merci pour l'ajout ! Voici notre grille de prix de cession et la note qui la justifie devant les CAC. Si ça peut vous éviter deux semaines…", (2, 10)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Hélène Barbier", "Chargée de recrutement | Cabinet Orsay RH", "Paris",
  ("inm", "DAF – Lyon", "Bonjour Alex, je recrute un DAF pour une PME industrielle lyonnaise (CDI, 110 k€). Un échange confidentiel vous tenterait ?"))
P("stranger_inmail_recruiter", "de", "Martin Kowalczyk", "Hiring Manager, Finance | Tessaro Logistics", "Rotterdam",
  ("inm", "Controller on my team", "Hi Alex, I'm hiring a Group Controller who'd report to me. Not an agency, just me. Coffee call?"),
  nl="en")
P("stranger_inmail_recruiter", "en", "Ute Sommer", "Executive Search | Sommer Partners", "Zürich",
  ("inm", "Confidential", "Alex, are you open to a conversation? Something has come up that fits your background."),
  ("inm", "The details", "As promised: Finance Director for a family-owned group near Basel, permanent, reporting to the CEO, around CHF 180k. Shall I send the brief?", (1, 5)))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Logan Pierce", "Managing Partner | Interim Finance Talent", "London",
  ("inm", "Open roles?", "Alex, we place interim controllers in under ten days. Any gaps on your team we could fill?"))
P("stranger_inmail_sales", "es", "Claudia Rincón", "Ejecutiva de cuentas | FacturaYa", "Sevilla",
  ("inm", "¿Quién lleva la facturación?", "Hola Alex, ¿eres tú quien decide sobre facturación electrónica en Example Industries?"),
  ("inm", "FacturaYa", "Te escribía porque con FacturaYa cumplís Verifactu sin tocar el ERP. ¿Te enseño una demo de 15 minutos?", (2, 7)))
P("stranger_inmail_sales", "it", "Paolo Mazza", "Sales Executive | DataLeads Italia", "Milano",
  ("inm", "Una proposta", "Alex, 20 appuntamenti qualificati al mese con CFO e controller. Ti interessa sapere come?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Imran Sheikh", "FP&A Lead | Colbeck Retail", "London",
  ("inv", "Hey Alex, saw your comment on rolling forecasts. Happy to share the driver model we use if it helps."),
  ("msg", "Here's the model, as promised. Tabs 3 and 4 are the interesting bits.", (1, 6)),
  ("msg", "Glad it helped! I've started consulting on FP&A builds on the side – £950 a day. Want me to set one up for you?", (20, 45)))
P("good_turns_ugly", "de", "Carina Vogel", "Controllerin | Brauerei Hofmark", "Bamberg",
  ("inv", "Hallo Alex, wir haben einen kostenlosen Controller-Stammtisch in Franken. Interesse?"),
  ("msg", "Nächster Stammtisch: 3. Juli in Bamberg, wie immer gratis. Bis dann!", (3, 12)),
  ("end", (10, 30)),
  ("msg", "Hey Alex, ich hab dich für {skill} bestätigt. Bestätigst du mich für Kostenrechnung und Führung? Danke dir!", (0, 2)))
P("good_turns_ugly", "fr", "Olivier Charrier", "Expert-comptable | Cabinet Charrier", "Tours",
  ("inv", "Bonjour Alex, je vous envoie volontiers notre mémo gratuit sur la facture électronique 2026."),
  ("msg", "Le mémo, comme promis. Bonne lecture !", (1, 5)),
  ("msg", "Au fait, le cabinet reprend la tenue comptable de filiales à partir de 450 €/mois. Je vous fais une offre ?", (15, 40)))
P("good_turns_ugly", "it", "Lucia Ferrandi", "Controller | Acciaierie Valbruna", "Vicenza",
  ("inv", "Ciao Alex, ti va uno scambio di idee tra controller sul budget energia? Ti racconto come l'abbiamo impostato noi."),
  ("msg", "Eccoti il file del budget energia, usalo pure.", (2, 8)),
  ("msg", "Alex, da qualche mese collaboro con un broker dell'energia: se mi giri le bollette ti faccio avere un'offerta migliore. Ci stai?", (25, 60)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Rick Hammond", "Sales Director | Ledgerloop", "Chicago",
  ("inm", "Close in 3 days?", "Alex, our customers close the books in three days. Can I show you how in 20 minutes?"),
  ("inv", "Alex – got a minute?"))
P("reinvite_known_bad", "de", "Petra Engels", "Beraterin", "Essen",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, neuer Versuch – wir kennen uns doch vom ICV-Kongress?"))
P("reinvite_known_bad", "fr", "Julien Tessier", "Courtier | Assurances Tessier", "Reims",
  ("inv", "Bonjour Alex, votre mutuelle d'entreprise est-elle encore compétitive ? Je vous fais un comparatif."),
  ("inv", "Bonjour Alex, on échange entre professionnels de la région ?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Germán Salcedo", "Asesor financiero", "Murcia",
  ("inv", "Alex, ¿conectamos?"),
  ("inm", "En fin", "Ni contestar. Luego os quejáis de que nadie os ayuda. Arrogante."),
  ("inv", "Hola Alex, empecemos de cero: me encantaría conectar."))
P("reinvite_known_ugly", "it", "Sergio Lamberti", "Fondatore | Rete CFO Italia", "Firenze",
  ("inm", "Un invito", "Ciao Alex, la Rete CFO Italia si ritrova a Firenze a fine mese: vieni come ospite?"),
  ("inm", "Dopo l'incontro", "Per restare nella Rete serve l'abbonamento premium, 1.800 € l'anno. Ti mando il modulo?", (10, 25)),
  ("inv", "Ciao Alex, colleghiamoci anche qui!"))
P("reinvite_known_ugly", "en", "Warren Gately", "Business Coach", "Perth",
  ("inv", "Alex, let's connect."),
  ("rem",),
  ("inm", "Noted", "Ignored twice. Stay arrogant, mate."),
  ("inv", "Fresh start? Happy to connect properly this time."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Björn Lindemann", "Geschäftsführer | Lindemann IT-Service", "Hannover",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Falls ihr mal einen Dienstleister für SAP-Basis braucht: wir hätten gerade Kapazität."))
P("user_invited_pitch_once", "es", "Valeria Montes", "Key Account Manager | Cobralia", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Por si os sirve: gestionamos el cobro de morosos a éxito. ¿Te paso tarifas?"))
P("user_invited_pitch_once", "en", "Tom Ashdown", "Director | Ashdown Print & Post", "Reading",
  ("acc",),
  ("msg", "Cheers for the add. Do you lot still post your invoices? We'd do it cheaper – shout if you want prices."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Nicola Berti", "Consulente finanza agevolata", "Ancona",
  ("acc",),
  ("msg", "Grazie del collegamento! Avete già guardato i crediti Transizione 5.0? Vi seguiamo noi, compenso a successo."),
  ("msg", "Alex, la finestra si chiude a fine mese: ti preparo una pre-analisi?", (6, 15)))
P("user_invited_pitch_twice", "fr", "Samia Haddad", "Account Manager | Trésoflux", "Paris",
  ("acc",),
  ("msg", "Merci Alex ! Vous pilotez encore la trésorerie sur Excel ? Trésoflux le fait tout seul. Une démo ?"),
  ("msg", "Je me permets de relancer pour la démo : mardi 10 h ?", (5, 12)))
P("user_invited_pitch_twice", "en", "Craig Lennox", "Founder | Spendwise", "Edinburgh",
  ("acc",),
  ("msg", "Cheers for connecting after the panel. Spendwise would take a day off your month-end – fancy a look?"),
  ("msg", "Alex, our Q4 pricing ends Friday. Shall I send the order form?", (10, 25)))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Ainhoa Etxeberria", "Controller | Cooperativa Lurra", "Vitoria-Gasteiz",
  ("acc",),
  ("msg", "¡Gracias por invitarme! Te paso la plantilla de cierre mensual que comentamos en la jornada. Úsala con total libertad."))
P("user_invited_value", "de", "Leon Baumann", "Wirtschaftsprüfer | Senior Manager", "Frankfurt am Main",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie besprochen: am 20. machen wir ein kostenloses Webinar zu Pillar Two, den Link schicke ich dir gleich."))
P("user_invited_value", "fr", "Chloé Marchetti", "DAF | Biscuiterie Lanvaux", "Vannes",
  ("acc",),
  ("msg", "Merci Alex ! Tu cherchais quelqu'un chez notre commissaire aux comptes pour le sujet CSRD : je te mets en relation avec Anne cette semaine."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Franco Amato", "Direttore Amministrativo", "Genova", ("acc",))
P("acceptance_only", "es", "Teresa Galindo", "Auditora senior | Galindo y Asociados", "Córdoba", ("acc",))
P("lone_endorsement", "fr", "Benoît Carré", "Contrôleur de gestion", "Lille", ("end",))
P("lone_endorsement", "es", "Esther Navarro", "Analista financiera", "Sevilla", ("end",))


# the time-bound notes (e-invoicing, Pillar Two, Transizione 5.0, Verifactu) belong to the current layout
ERAS = {"Wiebke Harms": "cur", "Leon Baumann": "cur", "Nicola Berti": "cur", "Claudia Rincón": "cur", "Olivier Charrier": "cur"}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nadia Kershaw", "nadia.kershaw@haldenfoods.example", "IFRS 16 question (also on LinkedIn)",
     "Hi Alex,\n\nI sent you a LinkedIn request too, but not sure you check it. Could we do ten minutes on the lease reclass next week?\n\nNadia", "en"),
    ("Keisha Monroe", "keisha@paytrail.example", "Following up from LinkedIn",
     "Hi Alex,\n\ntried you on LinkedIn a couple of times, so trying here. Corporate cards with 1.5% back, happy to send pricing.\n\nKeisha", "en"),
    ("Controller-Stammtisch Franken", "orga@stammtisch-franken.example", "Stammtisch Juli – Anmeldung",
     "Hallo zusammen,\n\ndie Einladung lief auch über LinkedIn, hier nochmal per Mail: 3. Juli, 18 Uhr, Bamberg. Bitte kurz zusagen.", "de"),
    ("Service RH", "rh@example.net", "Rappel : réseaux sociaux",
     "Bonjour à tous,\n\npetit rappel : pas de chiffres internes sur LinkedIn avant la publication des résultats.", "fr"),
    ("Asociación de Controllers de Levante", "info@controllers-levante.example", "Fotos de la jornada de cierre",
     "Hola Alex,\n\nya tienes las fotos de la jornada. Si las compartes en LinkedIn, etiquétanos.", "es"),
    ("Marta Ufficio Acquisti", "acquisti@example.net", "Ti ha scritto su LinkedIn?",
     "Ciao Alex,\n\nuno di una società di factoring dice di averti già scritto su LinkedIn. Lo conosci o lo lasciamo perdere?\n\nMarta", "it"),
    ("Meetup", "events@meetup.example", "Reminder: Controllers' night on Thursday",
     "Your RSVP is confirmed. The organiser also posted the agenda on LinkedIn.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-second development corpus (dev92). Generated by scripts/make_corpus_dev92.py (seed {SEED}); do not edit by hand.",
          "# Short and ambiguous notes in five languages: intent hinges on one word or on the person's history. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev92", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
