#!/usr/bin/env python3
"""Write mailbot's development corpus dev138: tests/corpus/dev138/*.eml + expected.toml.

The angle: the user Alex is a freelance photographer who lives between Berlin and Paris.
Their LinkedIn world: magazines, agencies and brands that commission shoots (buyers, good),
picture editors and producers writing by InMail about real jobs, peer photographers who pass
on jobs they cannot take, assistants who ask for work, stock-photo platforms, camera-rental,
gear, insurance and printing sellers, portfolio-review and course sellers who open with a
"free review" or a "community" and then charge, vanity anthologies and festivals with hanging
fees, fake clients who run the overpayment-cheque scam after a friendly booking request,
endorse-me-back from retouchers and bookers, and hostility after an ignored invitation.
People write casual German, French and English, with a little Italian and Spanish.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
and newsletter titles, the cities, the headlines of spoof-only names and PYMK suggestions, the
spoof methods and the lures that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev138.py              # writes tests/corpus/dev138
    python scripts/make_corpus_dev138.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260138

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the photographer's world (this process only)
SKILLS = {
    "en": ["Photography", "Portrait Photography", "Editorial Photography", "Adobe Lightroom", "Fashion Photography", "Retouching"],
    "de": ["Fotografie", "Porträtfotografie", "Reportagefotografie", "Bildbearbeitung", "Adobe Lightroom"],
    "fr": ["Photographie", "Portrait", "Photographie éditoriale", "Retouche photo", "Photographie de mode"],
    "es": ["Fotografía", "Fotografía de retrato", "Fotografía editorial", "Retoque fotográfico", "Adobe Lightroom"],
    "it": ["Fotografia", "Ritratto fotografico", "Fotografia editoriale", "Fotoritocco", "Fotografia di moda"],
}
RHEADLINE = {
    "en": "Freelance photographer | Editorial & portrait | Berlin · Paris",
    "de": "Freiberufliche Fotografie | Editorial & Porträt | Berlin · Paris",
    "fr": "Photographe indépendant·e | Éditorial & portrait | Berlin · Paris",
    "es": "Fotografía freelance | Editorial y retrato | Berlín · París",
    "it": "Fotografia freelance | Editoriale e ritratto | Berlino · Parigi",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and LinkedIn's other mail lean to the German and French settings
mc.LANGS[:] = ["de", "fr", "en", "it", "fr"]
mc.CITY["de"] = ["Berlin", "Leipzig", "Hamburg", "Potsdam", "München", "Köln"]
mc.CITY["fr"] = ["Paris", "Montreuil", "Lyon", "Marseille", "Arles", "Lille"]
mc.JOBS[:] = [("Fotograf:in (m/w/d) Content-Team", "Bergwerk Outdoor"), ("Staff Photographer", "North & Field"),
              ("Photographe studio e-commerce (H/F)", "Maison Aube"), ("Bildredakteur:in, Teilzeit", "Berliner Wochenblatt"),
              ("Photo Editor, Europe desk", "The Weekend Review")]
mc.COMPANIES["good"] = ["Kontur Magazin", "Revue Lumière", "North & Field", "Halcyon Creative", "Bergwerk Outdoor", "Magazine Escales",
                        "Berliner Wochenblatt", "Agence Nordlicht"]
mc.COMPANIES["sales"] = ["Stockframe", "Blendwerk Verleih", "Lensguard", "Tirage.io", "Culla AI", "Preset Academy", "VaultShot", "Pixelfeld"]
mc.HEADLINES["good"] = ["Photo Editor at {co}", "Bildredaktion | {co}", "Producer | {co}", "Photographer | Editorial & documentary",
                        "Directrice artistique | {co}", "Fotograf | Architektur & Interior"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Partnerships | {co}", "Founder @ {co}", "Vertrieb | {co}", "Growth | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                       "buried", "nodkim", "display:fotolab-versand.example", "wrongpass", "lookalike:linkedin.com.secure-notify.example",
                       "noauth", "untrusted:mx.example.org"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"photographer\"", "Your job alert for photographer in {city}"),
           "news": "Is generative AI eating the stock-photo market?",
           "group": "Top conversations in Editorial Photographers Europe",
           "newsletter": "Light & Contract: pricing usage rights without underselling"},
    "de": {"job": ("{n} neue Jobs für „Fotograf“", "Ihr Jobalarm für Fotograf in {city}"),
           "news": "Wer bezahlt eigentlich noch für Pressefotos?",
           "group": "Top-Unterhaltungen in Freie Fotograf:innen Berlin",
           "newsletter": "Blende 8: Nutzungsrechte verhandeln ohne Bauchschmerzen"},
    "fr": {"job": ("{n} nouvelles offres pour « photographe »", "Votre alerte emploi pour photographe à {city}"),
           "news": "La photo de presse survivra-t-elle aux images générées ?",
           "group": "Meilleures discussions dans Photographes indépendants Paris",
           "newsletter": "Contre-jour : facturer ses droits d'auteur sans se brader"},
    "es": {"job": ("{n} empleos nuevos de «fotógrafo»", "Tu alerta de empleo de fotógrafo en {city}"),
           "news": "¿Quién paga hoy por una foto de prensa?",
           "group": "Conversaciones destacadas en Fotógrafos freelance en Europa",
           "newsletter": "Diafragma: cómo cobrar los derechos de uso"},
    "it": {"job": ("{n} nuove offerte per «fotografo»", "Il tuo avviso di lavoro per fotografo a {city}"),
           "news": "L'intelligenza artificiale sta svuotando le banche immagini?",
           "group": "Conversazioni principali in Fotografi freelance in Europa",
           "newsletter": "Camera chiara: farsi pagare i diritti d'uso"},
})
# what the spoofs say when they borrow a name: payout, copyright and shared-brief lures
SPOOF_LURES = {
    "en": ["Hi {first}, three of your images were licensed through our agency last month. Sign in to confirm your payout details before Friday.",
           "Hello {first}, a copyright complaint was filed against one of your photos. Log in to view it and respond within 48 hours.",
           "Hi {first}, I shared the shoot brief and call sheet with you on LinkedIn Docs. Sign in to open it."],
    "de": ["Hallo {first}, drei deiner Bilder wurden über unsere Agentur lizenziert. Bitte melde dich an und bestätige deine Bankdaten für die Auszahlung.",
           "Hallo {first}, gegen eines deiner Fotos liegt eine Urheberrechtsbeschwerde vor. Bitte innerhalb von 48 Stunden hier anmelden und Stellung nehmen."],
    "fr": ["Bonjour {first}, trois de vos photos ont été achetées via notre agence. Connectez-vous pour valider le versement de vos droits.",
           "Bonjour {first}, je vous ai partagé le brief et la feuille de service du shooting. Connectez-vous pour les ouvrir."],
    "es": ["Hola {first}, tres de tus fotos se han licenciado a través de nuestra agencia. Inicia sesión para confirmar el cobro.",
           "Hola {first}, te he compartido el brief y la hoja de rodaje. Inicia sesión para verlos."],
    "it": ["Ciao {first}, tre delle tue foto sono state licenziate tramite la nostra agenzia. Accedi per confermare il pagamento dei diritti.",
           "Ciao {first}, è stato segnalato un reclamo per copyright su una tua foto. Accedi entro 48 ore per rispondere."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Licensing payout pending", "Copyright notice on your image", "Shoot brief (shared file)"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Auszahlung Lizenzgebühren", "Urheberrechtsbeschwerde", "Briefing (geteilte Datei)"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Versement de droits en attente", "Brief du shooting (fichier partagé)"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Cobro de licencias pendiente", "Brief del rodaje"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Pagamento diritti in sospeso", "Reclamo copyright"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Jana Oberländer", "Bildredaktion | Kontur Magazin", "Berlin",
  ("inv", "Hi Alex, Jana hier, Bildredaktion Kontur. Für die Märzausgabe planen wir Porträts von sechs Berliner Clubbetreiber:innen, "
          "zwei Drehtage Mitte Februar. Honorar nach unserem Satz plus Spesen. Hättest du Zeit? Dann schick ich dir das Briefing."),
  ("rem",))
P("good_invitation", "fr", "Mathilde Roussel", "Directrice de la photo | Revue Lumière", "Paris",
  ("inv", "Bonjour Alex ! On organise le jeudi 12 une soirée lecture de portfolios, gratuite, à la galerie rue de Charonne : 4 DA d'agences "
          "et 2 iconographes. Il reste quelques places, j'ai pensé à vous après votre série sur les boulangers de Belleville. Je vous inscris ?"))
P("good_invitation", "en", "Tom Achterberg", "Photographer | Cycling & outdoor", "Amsterdam",
  ("inv", "hey Alex, Tom from Amsterdam here. A Dutch bike brand asked me to shoot a 2-day campaign in Paris next month but I'm double booked. "
          "Saw your street stuff, think you'd nail it. Ok if I pass your name to their producer? Connect and I'll send the details"))
P("good_invitation", "it", "Federica Lanzi", "Assistente fotografa | Studentessa di fotografia", "Bologna",
  ("inv", "Ciao Alex! Sono Federica, ti ho fatto da assistente al workshop di luce naturale ad Arles (quella del cavalletto rotto 🙈). "
          "A settembre mi trasferisco a Berlino: se ti serve una mano sul set, anche solo per imparare, ci sono. Grazie ancora dei consigli!"),
  ("rem",))
P("good_invitation", "en", "Lucía Abad", "Productora ejecutiva | Estudio Norte", "Madrid",
  ("inv", "Hola Alex, soy productora en Estudio Norte (Madrid). Preparamos una campaña para una marca de aceite de oliva con fotos en Berlín "
          "en abril y buscamos a alguien de allí. ¿Te puedo mandar el brief y preguntarte disponibilidad y tarifa? ¡Gracias!"), nl="es")
P("good_invitation", "de", "Ines Wachowiak", "Fotografin | Reportage & Corporate", "Leipzig",
  ("inv", "Hallo Alex, Frage unter Freelancern: Meine erste Pariser Agentur will eine cession de droits ohne zeitliche Grenze. "
          "Ist das in Frankreich üblich oder verhandelt man da? Du kennst ja beide Seiten. Würde mich über zwei Sätze freuen, danke dir!"))
P("good_invitation", "fr", "Karim Benhaddou", "Photographer | Co-founder, Collectif Entre-Deux", "Paris",
  ("inv", "Hi Alex, a few of us freelancers working between Paris and Berlin started a little collective: we pass on jobs we can't take, "
          "compare day rates and meet for a drink once a month. Free, no strings, just helping each other out. Want in?"),
  ("rem",), nl="en")


# =============================================================== default_invitation
P("default_invitation", "de", "Sven Kubitza", "Drohnenpilot | Luftaufnahmen für Immobilien", "Hamburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Aurélien Fauvel", "Chargé d'affaires | Impression grand format", "Lyon", ("inv", DEFAULT))
P("default_invitation", "en", "Gemma Hartley", "Brand Marketing Manager | Retail", "Manchester", ("inv", NONOTE), ("rem",))
P("default_invitation", "it", "Paolo Cerutti", "Fotografo di matrimoni", "Torino", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Benedikt Rauch", "Vertrieb | Lichtwerk Fine-Art-Labor", "Köln",
  ("inv", "Hallo Alex, wir sind ein Fine-Art-Labor in Köln und drucken für Fotograf:innen auf Hahnemühle und Baryt. Für Ausstellungen gibt's "
          "gerade 20 % Einführungsrabatt. Darf ich dir ein Musterpaket schicken und wir telefonieren 10 Minuten?"))
P("sales_invitation", "en", "Darius Kell", "Contributor Partnerships | Stockframe", "London",
  ("inv", "Hi Alex, your travel and street work would sell really well on Stockframe. Our Pro contributor plan (€19/month) unlocks 60% royalties "
          "and fast-track review. Got 15 min this week so I can walk you through it?"),
  ("rem",))
P("sales_invitation", "fr", "Océane Pruvost", "Conseillère | Assurance matériel & RC Pro pour photographes", "Nantes",
  ("inv", "Bonjour Alex, vous voyagez souvent entre Paris et Berlin avec votre matériel ? Notre contrat couvre boîtiers, optiques et drone "
          "dans toute l'UE, vol et casse compris. Je vous fais un devis en 10 minutes, quand êtes-vous dispo ?"))
P("sales_invitation", "it", "Niccolò Vitale", "Founder | Preset Academy – color grading per fotografi", "Milano",
  ("inv", "Ciao Alex! Ho lanciato un corso online di color grading per fotografi di moda: 12 moduli, preset inclusi e community privata. "
          "Per chi invito personalmente c'è il 40% di sconto fino a domenica. Ti giro il link?"))
P("sales_invitation", "de", "Marlon Petzold", "Digital Operator & Lighting Assistant", "Berlin",
  ("inv", "Hi Alex, digital operator + lighting assistant here, Berlin based. Day rate €320 incl. tethering kit (Capture One, calibrated Eizo). "
          "Booking spring productions now - can I send you my rate card and availability?"), nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rowan Blake", "Founder, The Frame Room | a circle for working photographers", "Bristol",
  ("inv", "Hi Alex, I run The Frame Room, a small invite-only circle of working editorial photographers. We swap client contacts and talk rates "
          "honestly, no egos. Your Berlin/Paris angle would be a great addition. Fancy joining?"),
  ("msg", "Welcome aboard Alex! Quick practical bit before I add you to the Slack: membership is €29 a month, which also gets you Portfolio Review Pro. "
          "Founding members get 3 months at half price if they sign up this week. Shall I send the payment link?", (3, 9)),
  ("msg", "Hey Alex, just flagging that the founding price closes Sunday night. After that it's full whack. Link's below if you want it 👇", (6, 15)))
P("bait_and_switch_invitation", "fr", "Bastien Leroux", "Directeur artistique | Mentor pour photographes", "Paris",
  ("inv", "Salut Alex, je fais des lectures de portfolio gratuites en visio ce mois-ci pour les photographes qui bossent en édito. "
          "30 min, retours francs. Ton travail m'intrigue, ça te dit ?"),
  ("msg", "Top, merci d'avoir accepté ! Pour ta lecture : elle se fait dans le cadre de mon accompagnement « Portfolio qui vend », "
          "6 séances en visio pour 890 € (paiement en 3 fois possible). Je te bloque un créneau mardi ?", (2, 8)))
P("bait_and_switch_invitation", "de", "Richard Haller", "Art Director | Brand Consulting", "Zürich",
  ("inv", "Hallo Alex, ich suche für eine Uhren-Kampagne eine Fotografin oder einen Fotografen in Berlin, 3 Tage im Mai. "
          "Dein Portfolio passt genau. Lass uns vernetzen, dann schicke ich dir das Briefing."),
  ("msg", "Hallo Alex, super dass es klappt. Kleine Sache zur Abwicklung: Unser Finanzpartner schickt dir einen Scheck über 7.800 €, "
          "dein Honorar sind 3.200 €. Den Rest überweist du bitte direkt an unseren Location-Scout, die Daten kommen gleich. "
          "Brauche heute noch deine Bankverbindung und eine Kopie deines Ausweises.", (2, 6)))
P("bait_and_switch_invitation", "it", "Chiara Santangelo", "Community | Fotografi italiani in Europa", "Parigi",
  ("inv", "Ciao Alex, sto mettendo su un gruppo di fotografi che lavorano tra Parigi, Berlino e l'Italia: ci passiamo contatti, dritte su "
          "clienti e fiere. Niente spam, promesso. Ti va di entrare?"),
  ("msg", "Che bello averti nel gruppo! Ti scrivo anche perché con la mia agenzia rappresentiamo fotografi moda su Milano: con il pacchetto "
          "visibilità (450 € l'anno) ti inseriamo nel book che mandiamo ai brand. Ti giro il contratto?", (4, 20)))
P("bait_and_switch_invitation", "en", "Diego Carrasco", "Fotógrafo | Formación para freelances", "Valencia",
  ("inv", "Hola Alex! He preparado una guía gratuita sobre cómo cobrar derechos de uso en campañas, con plantillas de presupuesto en 3 idiomas. "
          "Si conectamos te la paso 🙂"),
  ("msg", "¡Aquí la tienes! Y ya que estamos: la versión completa con 40 plantillas y el curso de negociación con clientes está a 149 € "
          "solo esta semana. Con el código ALEX20 te queda en 119 €. ¿Te apunto?", (1, 4)),
  ("msg", "Alex, ¿pudiste mirar el curso? Me quedan 3 plazas con descuento y lo cierro el viernes.", (4, 10)), nl="es")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Kevin Marsh", "Private events | Planner", "London",
  ("inm", "Photo booking – anniversary in Berlin",
   "Hello Alex, hope you are well. I am planning a surprise 25th wedding anniversary for my parents in Berlin on 14 June and would like to book you "
   "for 3 hours of family photos at the hotel. Kindly let me know your rate and availability. Thanks, Kevin"),
  ("inm", "Re: Photo booking – payment",
   "Thanks for the quick reply Alex, your rate is perfect. My secretary has mailed you a cheque of €4,900 which covers your fee and the decorator. "
   "Once it clears please send the balance of €3,500 to the decorator by bank transfer, her details below. She needs it urgently so kindly do it today.",
   (2, 6)))
P("bait_and_switch_inmail", "de", "Anton Wiegand", "Herausgeber | Edition Grauwert", "Leipzig",
  ("inm", "Anthologie junge Dokumentarfotografie",
   "Hallo Alex, wir stellen gerade eine Anthologie zu junger Dokumentarfotografie im deutschsprachigen Raum zusammen und würden gern 8–10 Bilder "
   "aus deiner Serie über die Spätis aufnehmen. Mit Namensnennung und einer Textseite über dich. Hättest du Lust?"),
  ("inm", "Re: Anthologie – nächste Schritte",
   "Schön, dass du dabei bist! Damit das Buch in dieser Qualität erscheinen kann, beteiligen sich alle Fotograf:innen mit einem "
   "Druckkostenzuschuss von 390 € und nehmen 20 Exemplare zum Autorenpreis ab. Ich schicke dir den Vertrag, okay?"))
P("bait_and_switch_inmail", "fr", "Laurent Gaudin", "Directeur | Festival Regards Croisés", "Lille",
  ("inm", "Sélection pour l'exposition collective",
   "Bonjour Alex, notre comité a repéré votre série sur les cafés de Belleville et aimerait la présenter dans l'exposition collective "
   "du festival en octobre. Seriez-vous partant·e ?"),
  ("inm", "Frais de participation",
   "Merci pour votre retour enthousiaste ! Pour finaliser votre place, les frais de participation s'élèvent à 650 € (tirages, encadrement, "
   "accrochage et mise en avant sur nos réseaux). Règlement par virement sous 7 jours, je vous envoie le RIB."))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Lena Strobel", "Fotografin | Porträt & Hochzeit", "Potsdam",
  ("end",), ("end",),
  ("msg", "Hey Alex 🙂 hab dir {skill} bestätigt! Magst du mir vielleicht auch Porträtfotografie und Lightroom bestätigen? "
          "Bewerb mich grad bei zwei Agenturen und will, dass das Profil was hermacht. Danke dir!!"))
P("endorse_me_back", "fr", "Yanis Ferhat", "Retoucheur beauté & mode", "Paris",
  ("end",),
  ("msg", "coucou Alex, je t'ai recommandé pour {skill} hier. si t'as 2 secondes tu pourrais me valider « Retouche beauté » et « Photoshop » ? "
          "ça m'aiderait bcp pour les agences, merci !!"))
P("endorse_me_back", "en", "Priya Raman", "Product & stock photographer", "Birmingham",
  ("end",), ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} a little while back. Would you mind returning the favour with Product Photography? "
          "Apparently the algorithm loves skills 😅 Thanks so much!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Holger Brandt", "Inhaber | Leinwand & Rahmen Direkt", "Bremen",
  ("inv", "Moin Alex, wir machen Leinwanddrucke und Alurahmen für Fotograf:innen, 48h Lieferung deutschlandweit. Für Neukunden gibt's 15 %. "
          "Wollen wir mal telefonieren?"),
  ("inm", "Na dann",
   "Ich schreib dich freundlich an und du drückst einfach auf Ignorieren? Typisch, die Damen und Herren Künstler sind sich zu fein für "
   "ein Gespräch. Viel Glück noch mit der Arroganz.", (10, 30)))
P("hostility_after_decline", "fr", "Jérémy Castagne", "Assistant photographe | Lumière & digitech", "Paris",
  ("inv", "Bonjour Alex, je suis assistant photo sur Paris depuis 3 ans (lumière, digitech). Je serais content de vous donner un coup de main "
          "sur vos prochains shootings ici, même au pied levé."),
  ("rem",),
  ("inm", "Sans réponse",
   "Trois semaines sans la moindre réponse. J'ai assisté des photographes bien plus connus que vous, et eux au moins prennent deux secondes "
   "pour dire non. Bonne continuation, vraiment."))
P("hostility_after_decline", "en", "Brad Thompson", "Entrepreneur | Investor | Speaker", "Dubai",
  ("inv", DEFAULT),
  ("inm", "Seriously?",
   "Wow. Ignored by a photographer. Didn't realise you were that important. Good luck getting clients with that attitude.", (8, 40)))
P("hostility_after_decline", "it", "Marco Zanetti", "Coach per fotografi | Vendi i tuoi scatti", "Verona",
  ("inv", "Ciao Alex, aiuto i fotografi freelance a trovare clienti premium in 90 giorni con il mio metodo. Ti va una call conoscitiva "
          "gratuita di 20 minuti?"),
  ("rem",),
  ("inm", "Peccato",
   "Vedo che hai ignorato la mia richiesta. Con questo atteggiamento da prima donna non andrai lontano, te lo dico per esperienza. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gareth Llewellyn", "Used camera gear | Buy, sell, trade", "Cardiff",
  ("msg", "Alex! Got a mint Leica SL2 with the 24-90 coming in Friday, low shutter count. Can do you a mates' rate before it goes on the site, "
          "£3,950 the lot. Interested?"),
  ("msg", "Also got a Profoto B10X twin kit if the Leica's too much. Cheaper than new by a mile, just say the word."),
  ("msg", "Right. Two messages, two proper deals, not a word back. Bit rude if I'm honest, Alex. Don't bother coming to me when you need "
          "kit in a hurry.", (5, 15)))
P("hostility_connection", "fr", "Sophie Carrel", "Gérante | Studio Lumen, location de studio photo", "Montreuil",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Du coup je vous présente le studio : 120 m², cyclo blanc, lumière du jour, 45 €/h ou 320 € la "
          "journée. Pour une première réservation je vous offre l'heure d'installation. Vous avez un shooting en vue ?"),
  ("msg", "C'est vous qui m'avez invitée, je prends le temps de vous écrire et… rien. Franchement, c'est assez grossier comme façon de faire. "
          "On se demande pourquoi vous ajoutez les gens.", (10, 25)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Dominik Sauer", "Key Account | Blendwerk Kameraverleih", "Berlin",
  ("msg", "Hi Alex, Dominik von Blendwerk. Wir haben neu die Fujifilm GFX100 II im Verleih, Freitag bis Montag zum Tagespreis. "
          "Sag Bescheid, wenn du sie testen willst, ich reservier dir eine."),
  ("msg", "Kurzer Nachtrag: Bis Monatsende gibt's 25 % auf alle Lichtsets (Profoto, Aputure). Soll ich dir für deine nächste Produktion "
          "ein Angebot machen?"),
  ("msg", "Hi Alex, schon was für den Herbst geplant? Mit unserer Freelancer-Flatrate (79 €/Monat) sparst du bei jeder Miete. "
          "Kann ich dir das Paket schicken?"))
P("connection_only_pitches", "fr", "Nadia Oukili", "Growth | Tirage.io, tirages photo en ligne", "Paris",
  ("msg", "Hi Alex, I'm on the growth team at Tirage.io. We offer pro photographers a white-label print shop on their own website, "
          "you keep 70% of every sale. Fancy a quick demo?"),
  ("msg", "Following up on my last note: we've just added museum-grade framing. Happy to set up your shop for free this month, "
          "only 12% commission after that. 15 min call?"), nl="en")
P("connection_only_pitches", "es", "Álvaro Pedrosa", "Representante | Fotogestor, software para fotógrafos", "Sevilla",
  ("msg", "¡Hola Alex! Con Fotogestor tienes presupuestos, contratos, facturas y galerías de cliente en un solo sitio. Ahora hay 30 días "
          "gratis y luego 24 €/mes. ¿Te hago una demo rápida?"),
  ("msg", "Alex, ¿viste mi mensaje? Esta semana, si te das de alta anual, te regalamos la migración de todos tus clientes. ¿Hablamos el jueves?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Carsten Lübke", "Webdesign für Fotograf:innen | Studio Pixelfeld", "Hamburg",
  ("msg", "Moin Alex, hab mir deine Website angeschaut: tolle Bilder, aber auf dem Handy lädt sie 9 Sekunden. Wir bauen Portfolios für "
          "Fotograf:innen, ab 1.490 € inkl. SEO. Wollen wir kurz sprechen?"))
P("single_pitch", "it", "Simona Ferrante", "Content Partnerships | Fotobanca Italia", "Roma",
  ("msg", "Ciao Alex, ti scrivo da Fotobanca: cerchiamo ritratti autentici di creativi europei. Con il piano Contributor Plus (9,90 €/mese) "
          "hai caricamenti illimitati e royalties più alte. Ti mando le condizioni?"))
P("single_pitch", "en", "Olly Fairbairn", "Insurance for creatives | Lensguard", "Edinburgh",
  ("msg", "Hey Alex, noticed you travel a lot with kit between Paris & Berlin. Lensguard covers your gear worldwide from £14/month, "
          "no excess on theft. Want a quote?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Hélène Brisac", "Iconographe | Le Quotidien des Arts", "Paris",
  ("msg", "Alex, question express : on cherche quelqu'un pour faire le portrait d'une architecte à Berlin jeudi prochain, pour le supplément "
          "du week-end. Tarif presse habituel + frais de déplacement. Tu es dispo ?"),
  ("msg", "Les images sont superbes, la rédac chef est ravie. Je te garde en tête pour la série sur les ateliers d'artistes en mai, je t'en reparle.",
   (8, 20)))
P("connection_brings_value", "de", "Philipp Norden", "Fotograf | Architektur & Interior", "Berlin",
  ("end",),
  ("msg", "Hey Alex, ich hab nächste Woche Mi/Do einen Job für eine Stiftung in Mitte (Porträts der Stipendiat:innen, zwei halbe Tage), "
          "bin aber krank. Soll ich dich empfehlen? Budget ist fair, Ansprechpartnerin wäre Frau Lindner."))
P("connection_brings_value", "en", "Maya Lindgren", "Senior Producer | North & Field", "Berlin",
  ("msg", "Hi Alex! We're hosting a free evening at our Kreuzberg studio on 3 April: photo editors from three magazines talk about how they "
          "actually commission. Drinks on us, no sales pitch, promise. Would love to see you there, bring a friend if you like."))
P("connection_brings_value", "it", "Giorgio Bellandi", "Fotografo | Reportage", "Firenze",
  ("msg", "Hey Alex, remember we talked about usage fees at the Perpignan dinner? Here's the contract template our Italian photographers' "
          "association put together, free to use, English and French versions. Hope it helps with that Paris agency."), nl="en")


# =============================================================== stranger_inmail_recruiter (buyers commissioning work)
P("stranger_inmail_recruiter", "de", "Franziska Heuer", "Head of Content | Bergwerk Outdoor", "München",
  ("inm", "Fotoproduktion Herbstkampagne",
   "Hallo Alex, ich leite den Content bei Bergwerk Outdoor. Für unsere Herbstkampagne suchen wir jemanden mit dokumentarischem Blick: "
   "4 Drehtage im Allgäu Ende August, Reise und Unterkunft übernehmen wir. Dürfen wir dir das Briefing schicken und ein Angebot anfragen?"))
P("stranger_inmail_recruiter", "fr", "Camille Vasseur", "Productrice | Agence Nordlicht Paris", "Paris",
  ("inm", "Prise de vue – campagne hôtels Paris/Berlin",
   "Bonjour Alex, je produis une campagne pour un groupe hôtelier (trois hôtels à Paris, un à Berlin) et on cherche un·e photographe qui "
   "travaille dans les deux villes, d'où mon message ! Prise de vue en juin, 5 jours. Seriez-vous disponible pour un appel et un devis ?"))
P("stranger_inmail_recruiter", "en", "Sarah Whitmore", "Picture Editor | The Weekend Review", "London",
  ("inm", "Commission: portrait in Berlin next Thursday",
   "Hi Alex, picture editor at The Weekend Review here. We have a cover interview with a Berlin composer next Thursday and need a portrait, "
   "about 2 hours at her flat in Schöneberg. Our day rate is £450 plus expenses. Are you free? Happy to call."))
P("stranger_inmail_recruiter", "en", "Marta Sallent", "Directora de arte | Revista Altamar", "Barcelona",
  ("inm", "Encargo en París – editorial de moda",
   "Hola Alex, soy directora de arte de Altamar. Queremos hacer una editorial de moda en París el 20 de septiembre con una diseñadora "
   "catalana que vive allí. Pagamos tarifa de editorial más gastos. ¿Te interesa? Te paso el moodboard."), nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Pike", "Account Executive | Culla AI photo culling", "Austin",
  ("inm", "Cut your culling time by 80%",
   "Hi Alex, photographers like you spend around 6 hours culling every shoot. Culla's AI picks your best frames in minutes and plugs into "
   "Lightroom. Can I set you up with a 14-day trial on a quick call?"))
P("stranger_inmail_sales", "de", "Timo Brenner", "Versicherungsmakler | Kreativbranche", "Frankfurt am Main",
  ("inm", "Deine Ausrüstung richtig versichert?",
   "Hallo Alex, wer beruflich fotografiert, schleppt viel teures Equipment herum. Ich bin Makler für die Kreativbranche und vergleiche "
   "Elektronik- und Haftpflichtversicherungen, meist 30 % günstiger als beim Hausversicherer. Hast du 15 Minuten?"),
  ("inm", "Kurze Nachfrage",
   "Hallo Alex, wollte nochmal nachhaken, ob du an einem kostenlosen Vergleich interessiert bist. Bis Freitag könnte ich dir ein Angebot machen."))
P("stranger_inmail_sales", "fr", "Lucile Meunier", "Organisatrice | Grand Prix International de Photographie", "Paris",
  ("inm", "Appel à candidatures – Grand Prix",
   "Bonjour Alex, votre travail mérite d'être vu à l'international ! Le Grand Prix International de Photographie ouvre ses candidatures : "
   "12 catégories, jury prestigieux, exposition à Paris pour les lauréats. Inscription 45 € par image ou 120 € la série. Clôture le 30 !"))
P("stranger_inmail_sales", "it", "Gianni Russo", "Sales | Cornici&Co", "Napoli",
  ("inm", "Cornici per la tua mostra",
   "Ciao Alex, abbiamo visto che esponi a Parigi in primavera. Produciamo cornici su misura in legno e alluminio con spedizione in tutta Europa, "
   "e per le mostre facciamo il 15% di sconto. Ti preparo un preventivo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Victor Amsalem", "Photographe | Mode & beauté", "Paris",
  ("inv", "Salut Alex, j'ai un client (marque de cosmétiques) qui cherche quelqu'un basé à Berlin pour un shooting produit en juin, "
          "moi je ne peux pas. Je te mets en contact ? On se connecte et je t'envoie ça."),
  ("msg", "Voilà le contact : Clara, cheffe de produit chez Maison Aube, je lui ai dit que tu allais lui écrire. Elle a un vrai budget, "
          "n'hésite pas à annoncer ton tarif normal.", (1, 4)),
  ("msg", "Hello Alex ! Content que le shooting se soit bien passé. Au fait, je lance mon pack de presets « Peau Studio » avec une formation "
          "retouche beauté, 189 € au lieu de 249 € pour mes contacts. Je t'envoie le lien ?", (20, 40)))
P("good_turns_ugly", "de", "Ronja Schäfer", "Bookerin | Agentur Kante", "Hamburg",
  ("inv", "Hallo Alex, ich bin Bookerin bei Kante in Hamburg. Wir nehmen gerade niemanden neu auf, aber ich geb dir gern ehrliches "
          "Feedback zu deinem Portfolio, wenn du magst. Einfach so, ohne Haken."),
  ("msg", "Hab mir dein Portfolio angeschaut! Kurz: Porträtstrecke nach vorn, die Reisebilder eher raus, und die Startseite braucht ein "
          "starkes Hochformat. Ansonsten wirklich stark 👍"),
  ("end",),
  ("msg", "Hey Alex, freut mich, dass das Feedback was gebracht hat 🙂 Ich hab dich für {skill} bestätigt. Würdest du mir im Gegenzug "
          "Künstlerbetreuung und Produktion bestätigen? Ich bewerb mich gerade intern auf eine Head-of-Stelle."))
P("good_turns_ugly", "en", "Liam Connolly", "Owner | Gasworks Studio", "Berlin",
  ("inv", "Hi Alex, we're doing an open studio night at Gasworks on the 28th, free, with a lighting demo from two of our resident "
          "photographers. Pizza and beers on us. Would be great to see you there."),
  ("msg", "Thanks for coming Thursday! As promised, here's the lighting diagram from the beauty setup and the link to the gel swatches we used.", (2, 6)),
  ("msg", "Hey Alex, quick one: we're opening 10 resident spots at Gasworks. €290/month gets you 40 studio hours, storage and the kit room. "
          "Friends of the studio get first dibs till Friday. Want me to hold one for you?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Kai Mertens", "Vertrieb | Objektivmiete.de", "Dresden",
  ("inm", "Objektive mieten statt kaufen",
   "Hi Alex, warum 2.000 € für ein Objektiv ausgeben, das du dreimal im Jahr brauchst? Mit unserem Miet-Abo hast du ab 49 €/Monat Zugriff "
   "auf über 300 Objektive. Kurze Demo diese Woche?"),
  ("inv", "Hi Alex, hab deine Ausstellung in der Galerie am Kanal gesehen, richtig starke Arbeit! Lass uns vernetzen."))
P("reinvite_known_bad", "fr", "Sandrine Pelletier", "Commerciale | Fotolab Pro Paris", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés au Salon de la Photo porte de Versailles, je serais ravie de rester en contact !"))
P("reinvite_known_bad", "en", "Ethan Cole", "Founder | RetouchHub – outsourced retouching", "Manchester",
  ("inv", "Hi Alex, we retouch up to 500 images overnight from €1.20/image: skin, product, background removal. Can I send you 5 free test edits?"),
  ("inv", "Alex, no hard feelings if last time wasn't the right moment! Still love your portrait work, would be good to be connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Uwe Karsten", "Business-Coach für Fotograf:innen", "Hannover",
  ("inv", "Hallo Alex, ich helfe Fotograf:innen, planbar an gut bezahlte Aufträge zu kommen. Erstgespräch gratis. Interesse?"),
  ("inm", "Schade",
   "Keine Antwort ist auch eine Antwort. Aber dann nicht wundern, wenn die Aufträge ausbleiben. Mit so einer Haltung kommt man in "
   "dieser Branche nicht weit.", (10, 30)),
  ("inv", "Hallo Alex, neues Jahr, neuer Versuch 😊 Wollen wir uns nicht doch vernetzen?"))
P("reinvite_known_ugly", "en", "Steven Marlowe", "Art Consultant | Private Collectors", "London",
  ("inm", "Purchase of your prints",
   "Dear Alex, I came across your Belleville series and a private client of mine would like to purchase 4 large prints for his new home. "
   "Kindly send me your price list and sizes."),
  ("inm", "Re: Purchase – payment arrangement",
   "Dear Alex, thank you. My client will pay by certified cheque of €9,200, which includes the fee of his shipping company. Kindly deposit it "
   "and wire €2,400 to the shipping agent so they can collect the prints. Please send your full name, address and phone number.", (2, 5)),
  ("inv", "Hello Alex, I would love to add you to my network of artists."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Melanie Goertz", "Studio Hinterhof | Studiovermietung Berlin", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Falls du mal einen Studiotag in Berlin brauchst: Studio Hinterhof, 90 m², Hohlkehle, Tageslicht, "
          "290 €/Tag. Den ersten Tag gibt's für Bekannte mit 20 % Rabatt. Meld dich einfach!"))
P("user_invited_pitch_once", "fr", "Thomas Reynaud", "Conseiller | Boutique Photo Bastille", "Paris",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Petite info : on reprend votre ancien boîtier à +15 % sur la cote si vous passez à un boîtier plus récent avant fin mars. "
          "Je vous prépare une estimation ?"))
P("user_invited_pitch_once", "es", "Irene Castells", "Account Manager | Imagen Viva stock", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! En Imagen Viva buscamos fotógrafos con archivo de viajes. Con nuestra suscripción Pro (15 €/mes) "
          "tu material se distribuye en 40 agencias. ¿Te paso la info?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Callum Reid", "Business Development | VaultShot cloud backup", "Glasgow",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Losing a client shoot to a dead drive is every photographer's nightmare. VaultShot backs up your cards "
          "straight from the field, 2TB for €12/month. Can I set you up with a trial?"),
  ("msg", "Hi Alex, just circling back: the annual plan comes with 2 months free until Friday. Worth a 10 min chat?"))
P("user_invited_pitch_twice", "de", "Patricia Wendt", "Vertrieb | Fotobuchdruck Wendt", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Falls du dein Portfolio mal als Buch drucken willst: Wir machen Kleinauflagen ab 5 Stück, "
          "Leinen, Fadenheftung. Ich schick dir gern ein Angebot."),
  ("msg", "Hallo Alex, kleine Erinnerung: Bis Ende Oktober gibt's 10 % auf alle Portfoliobücher. Soll ich dir ein Muster zuschicken?"))
P("user_invited_pitch_twice", "it", "Lorenza Bassi", "Agente | Rappresentanza fotografi moda", "Milano",
  ("acc",),
  ("msg", "Grazie per aver accettato Alex! Rappresento fotografi moda su Milano. Con il nostro contratto di rappresentanza (quota di ingresso "
          "600 € + 20% sui lavori) ti presentiamo ai brand. Ti interessa?"),
  ("msg", "Alex, ti riscrivo: si è liberato un posto nel roster per la prossima stagione. Posso mandarti la proposta?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Agnès Delorme", "Directrice photo | Magazine Escales", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, ravie ! J'ai regardé votre site : on prépare un numéro sur Berlin pour l'automne, 8 pages de reportage. "
          "Seriez-vous partant·e ? Je vous envoie notre grille tarifaire et le calendrier."))
P("user_invited_value", "de", "Nils Hartwig", "Fotograf | Sport & Reportage", "Köln",
  ("acc",),
  ("msg", "Danke für die Anfrage! Wie beim Stammtisch versprochen: Hier die Kontaktdaten vom Fotochef der Sportredaktion, er sucht für "
          "die Saison noch jemanden in Berlin. Sag einfach, dass du von mir kommst."))
P("user_invited_value", "en", "Ruth Abernathy", "Senior Producer | Halcyon Creative", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Funny timing: we've got a brand shoot in Berlin in May (3 days, lifestyle, two talent) and our usual "
          "photographer can't travel. Could you send me your rates and a few lifestyle references? I'll put you forward."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Katrin Vogel", "Bildredaktion | Berliner Wochenblatt", "Berlin", ("acc",))
P("acceptance_only", "fr", "Olivier Massé", "Directeur artistique | Agence Bleu Nuit", "Paris", ("acc",))
P("lone_endorsement", "en", "Ben Tasker", "Photography student | Falmouth", "Falmouth", ("end",))
P("lone_endorsement", "it", "Sara Pellegrini", "Modella | Milano e Parigi", "Milano", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jana Oberländer", "jana.oberlaender@kontur-magazin.example", "Briefing Clubporträts März",
     "Hi Alex,\n\nfalls meine LinkedIn-Anfrage untergegangen ist: hier das Briefing als PDF. Drehtage wären der 13. und 14. Februar.\n\nLG Jana", "de"),
    ("Stockframe Creators", "creators@stockframe.example", "What's selling this spring",
     "Hi Alex,\n\nthis month buyers searched for authentic workplace portraits and city nightlife. Tip: contributors who link their portfolio "
     "on LinkedIn get more views.\n\nThe Stockframe team", "en"),
    ("Lichtwerk Fine Art", "shop@lichtwerk-labor.example", "Deine Bestellung #20391 ist unterwegs",
     "Hallo Alex,\n\ndeine 6 Barytabzüge 40x50 sind verschickt. Folge uns auf LinkedIn und Instagram für Ausstellungstipps!", "de"),
    ("Kevin Marsh", "kevin.marsh.events@mailbox.example", "Cheque sent – urgent",
     "Hello Alex,\n\nas I wrote on LinkedIn, the cheque is on its way. Please confirm once you have sent the balance to the decorator, "
     "she is waiting.\n\nKevin", "en"),
    ("Konstantin Ebert", "k.ebert@posteo.example", "Fwd: LinkedIn-Anfrage – kennst du den?",
     "Hey Alex,\n\ndieser Richard Haller hat mir auch über LinkedIn geschrieben: Uhren-Kampagne, Scheck vom 'Finanzpartner', Rest an den "
     "Location-Scout überweisen. Klassische Überzahlungsmasche. Falls er dich auch anschreibt: Finger weg!\n\nKonsti", "de"),
    ("Comptabilité Nordlicht", "compta@nordlicht-paris.example", "Votre facture F-0118",
     "Bonjour Alex,\n\nnous avons bien reçu votre facture pour la campagne hôtels, paiement à 30 jours. La prochaine fois, merci d'indiquer "
     "votre SIRET, nous l'avons trouvé sur votre profil LinkedIn.\n\nCordialement", "fr"),
    ("Festival Photo Arles", "info@festival-photo-arles.example", "Programme de la semaine d'ouverture",
     "Le programme est en ligne ! Suivez-nous sur LinkedIn et Instagram pour les inscriptions aux lectures de portfolio.", "fr"),
    ("Lucía Abad", "lucia@estudionorte.example", "Brief campaña aceite – Berlín",
     "Hola Alex,\n\nte escribo por aquí porque en LinkedIn se me pierden los mensajes. Te adjunto el brief y el calendario. "
     "¿Me dices disponibilidad para el 8-10 de abril?\n\nUn abrazo,\nLucía", "es"),
    ("Federica Lanzi", "fede.lanzi@posta.example", "Ciao da Bologna!",
     "Ciao Alex!\n\nti ho mandato anche una richiesta su LinkedIn, ma non so se lo usi tanto. Ti allego il mio portfolio da assistente. "
     "A presto!\n\nFede", "it"),
    ("Bildwerk e.V.", "newsletter@bildwerk-ev.example", "Honorarumfrage – jetzt mitmachen",
     "Liebe Mitglieder,\n\ndie Honorarumfrage ist online, die Ergebnisse diskutieren wir im Herbst auch auf LinkedIn. Außerdem: Warnung vor "
     "Überzahlungsbetrug mit gefälschten Buchungsanfragen.", "de"),
    ("Google Calendar", "calendar-notification@google.example", "Invitation: Call Halcyon Creative (via LinkedIn) @ Tue 3pm",
     "You have been invited to: Call Halcyon Creative (via LinkedIn)\nWhen: Tuesday 15:00 – 15:30 CET\nOrganizer: ruth.abernathy@halcyon.example", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))

HEADER = [f"# mailbot development corpus dev138. Generated by scripts/make_corpus_dev138.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance photographer between Berlin and Paris: magazines, agencies and brands commissioning shoots, stock platforms, "
          "gear and print sellers, portfolio-review and course sellers, assistants, peers sharing jobs, overpayment scams. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev138", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
