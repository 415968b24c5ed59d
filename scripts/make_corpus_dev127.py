#!/usr/bin/env python3
"""Write mailbot's development corpus dev127: tests/corpus/dev127/*.eml + expected.toml.

The angle: the user Alex Morgan is a chef and the owner of a small restaurant group, Maison
Vrille: Vrille on the canal Saint-Martin in Paris, Bouchon Vrille on the Presqu'île in Lyon and
Comptoir Vrille, a wine bar at the Croix-Rousse. The mail around such a person: wine, cheese,
truffle, olive-oil and ham producers and their agents; booking-platform, POS, delivery-platform
and online-ordering vendors; food journalists, critics and influencers (some of whom want to be
paid); young cooks and waiters who want a job; culinary schools looking for juries and placing
interns; peer restaurateurs with a question or a warning; festival and award organisers who turn
an invitation into a fee; energy brokers, laundries, accountants, equipment makers; ex-employees
who take a silence badly; headhunters for a palace kitchen and hotel groups needing a consulting
chef. Casual and formal French (tu and vous, kitchen slang), some English, Italian and Spanish.

Every scenario of the taxonomy appears, weighted to that world. The MIME and layout machinery
comes from scripts/make_corpus.py through scripts/corpus_stories.py; the recipient's headline,
the endorsement skills, the job alerts, the names and headlines of spoof-only people and PYMK
suggestions, and the lures that spoofs carry are swapped for restaurant ones in this process only.
The notes were written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev127.py              # writes tests/corpus/dev127
    python scripts/make_corpus_dev127.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260127

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ restaurant world (this process only)
SKILLS = {
    "fr": ["Cuisine française", "Gestion de restaurant", "Accords mets et vins", "Création de menus", "Management d'équipe", "Restauration"],
    "en": ["Culinary Arts", "Restaurant Management", "Menu Development", "Food & Beverage", "Wine Pairing", "Hospitality"],
    "it": ["Cucina francese", "Gestione della ristorazione", "Abbinamento cibo-vino", "Food & Beverage", "Sviluppo menu"],
    "es": ["Cocina francesa", "Gestión de restaurantes", "Maridaje", "Restauración", "Creación de menús"],
    "de": ["Französische Küche", "Restaurantmanagement", "Gastronomie", "Menüentwicklung", "Weinbegleitung"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "fr": "Chef et fondateur de Maison Vrille – Vrille (Paris 10e), Bouchon Vrille et Comptoir Vrille (Lyon)",
    "en": "Chef-owner, Maison Vrille restaurant group | Paris & Lyon",
    "it": "Chef e titolare di Maison Vrille | ristoranti a Parigi e Lione",
    "es": "Chef y propietario de Maison Vrille | restaurantes en París y Lyon",
    "de": "Küchenchef und Inhaber, Maison Vrille | Paris und Lyon",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "en", "fr", "it", "es"]   # spoofs and other LinkedIn mail: mostly French wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedin-mail.co", "display:gmail.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "nodkim",
                       "untrusted:mx.example.net.relay-gw.example", "display:halles-fournisseurs.example", "buried",
                       "lookalike:e-linkedin.info", "wrongpass"]
mc.NAMES["fr"] = (["Quentin", "Laetitia", "Romain", "Pauline", "Jordan", "Élodie", "Cyril", "Mélanie", "Arnaud", "Sonia", "Fabien", "Coralie"],
                  ["Vidal", "Brunet", "Charpentier", "Royer", "Benard", "Colin", "Arnaud", "Leroux", "Barbier", "Renaud", "Giraud", "Picard"])
mc.NAMES["en"] = (["Ellie", "Nathan", "Jess", "Callum", "Sophie", "Owen", "Harriet", "Dominic"],
                  ["Foster", "Hartley", "Nash", "Rowe", "Stanton", "Ward", "Finch", "Parsons"])
mc.NAMES["it"] = (["Simone", "Elena", "Pietro", "Marta", "Gabriele", "Noemi", "Stefano", "Irene"],
                  ["Ferri", "Colombo", "Marchi", "Pellegrini", "Guidi", "Sartori", "Bassi", "Leone"])
mc.NAMES["es"] = (["Diego", "Alba", "Hugo", "Nerea", "Iván", "Lorena", "Mario", "Celia"],
                  ["Navarro", "Prieto", "Calvo", "Lozano", "Rojas", "Benítez", "Pastor", "Gil"])
mc.CITY["fr"] = ["Paris", "Lyon", "Villeurbanne", "Rungis", "Annecy", "Marseille", "Bordeaux"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Bristol", "Edinburgh"]
mc.CITY["it"] = ["Torino", "Milano", "Alba", "Parma", "Bologna"]
mc.CITY["es"] = ["Madrid", "San Sebastián", "Barcelona", "Valencia", "Sevilla"]
mc.JOBS[:] = [("Chef exécutif H/F", "Hôtel Le Quai des Brumes"), ("Chef de cuisine – bistronomie", "Groupe Les Halles Gourmandes"),
              ("Directeur de la restauration H/F", "Domaine de Chalonne"), ("Executive Chef", "Nordhavn Hotels"),
              ("Responsable culinaire multi-sites", "Maison Pralus & Fils")]
mc.COMPANIES["good"] = ["Rhizome", "Le Garde-Manger", "Institut culinaire des Monts d'Or", "Bramble & Bone", "Osteria del Borgo Vecchio",
                        "Lyon Gourmand Magazine", "Domaine des Sept Terres", "Trattoria Santini"]
mc.COMPANIES["sales"] = ["Caissa", "Attablez-vous", "Dashplate", "ResaTop", "Wattéo", "Lys Service", "KitchenCloud", "Tiquet POS"]
mc.HEADLINES["good"] = ["Cheffe de cuisine chez {co}", "Chef-propriétaire | {co}", "Sommelier at {co}", "Professeur de cuisine | {co}",
                        "Journaliste culinaire | {co}", "Second de cuisine chez {co}", "Vigneronne | {co}"]
mc.HEADLINES["sales"] = ["Business Developer CHR | {co}", "Account Executive Restaurants at {co}", "Responsable partenariats | {co}",
                         "Key Account Manager Horeca | {co}", "Sales Manager France @ {co}"]
SPOOF_LURE = {
    "fr": ["Bonjour Alex, un client a signalé un avis sur votre établissement. Connectez-vous pour y répondre avant sa mise en ligne.",
           "Bonjour, votre fournisseur a changé de coordonnées bancaires. Merci de valider la nouvelle facture via le lien sécurisé ci-dessous."],
    "en": ["Hi Alex, a guest has filed a food-safety complaint about your restaurant. Review the attached report and respond within 48 hours.",
           "Hello, supplier invoice #4471 for your restaurant is overdue. Please sign in to view and settle it."],
    "it": ["Buongiorno Alex, un cliente ha segnalato la sua recensione come urgente. Acceda per rispondere prima della pubblicazione.",
           "Salve, la fattura del fornitore è in scadenza: la trova nel documento condiviso, basta accedere con le sue credenziali."],
    "es": ["Hola Alex, un cliente ha presentado una reclamación sobre tu restaurante. Inicia sesión para ver el informe.",
           "Hola, tienes una factura de proveedor pendiente. Accede al documento compartido para revisarla."],
    "de": ["Hallo Alex, ein Gast hat eine Beschwerde zu Ihrem Restaurant eingereicht. Bitte melden Sie sich an, um sie zu lesen.",
           "Guten Tag, Ihre Lieferantenrechnung ist überfällig. Die Details finden Sie im geteilten Dokument."],
}
for _l, _n in SPOOF_LURE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"fr": ["Avis client signalé", "Facture fournisseur en attente", "Document partagé"],
                  "en": ["Guest complaint", "Invoice overdue", "Shared document"],
                  "it": ["Recensione segnalata", "Fattura in scadenza"],
                  "es": ["Reclamación de un cliente", "Factura pendiente"],
                  "de": ["Gästebeschwerde", "Rechnung überfällig"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « chef de cuisine »", "Votre alerte emploi pour chef de cuisine à {city}"),
           "news": "Restauration : pourquoi les brigades peinent encore à recruter",
           "group": "Meilleures discussions dans Restaurateurs indépendants de France",
           "newsletter": "Le Passe du jeudi : carte courte, marges longues"},
    "en": {"job": ("{n} new jobs for \"executive chef\"", "Your job alert for executive chef in {city}"),
           "news": "Are tasting menus losing their appeal?",
           "group": "Top conversations in Independent Restaurant Owners Europe",
           "newsletter": "Back of House: what a 4-day kitchen week really costs"},
    "it": {"job": ("{n} nuove offerte per «executive chef»", "Il tuo avviso di lavoro per executive chef a {city}"),
           "news": "Ristoranti: il coperto ha ancora senso?",
           "group": "Conversazioni principali in Ristoratori e Chef Italia-Francia",
           "newsletter": "Fuoco Vivo: fornitori, margini e brigate"},
    "es": {"job": ("{n} empleos nuevos de «jefe de cocina»", "Tu alerta de empleo de jefe de cocina en {city}"),
           "news": "¿Tiene futuro el menú del día?",
           "group": "Conversaciones destacadas en Restauradores Independientes",
           "newsletter": "Pase de cocina: costes, cartas y equipos"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Karine Vasseur", "Cheffe-propriétaire | Le Garde-Manger, Villeurbanne", "Villeurbanne",
  ("inv", "Bonjour Alex, cheffe à Villeurbanne, 28 couverts. Notre maraîcher de Sainte-Foy arrête en juin et je crois que vous travaillez avec lui aussi. "
          "Vous avez trouvé quelqu'un pour prendre la suite ? Je vous dirai ce que j'ai de mon côté."),
  ("rem",))
P("good_invitation", "fr", "Thierry Ballanger", "Formateur en cuisine – Lycée hôtelier des Monts d'Or", "Dardilly",
  ("inv", "Bonjour Chef, je coordonne les épreuves pratiques du BP Arts de la cuisine en juin. Il nous manque un professionnel pour le jury, une demi-journée. "
          "C'est bénévole, mais on y repère souvent de futurs commis. Seriez-vous disponible ?"))
P("good_invitation", "fr", "Yanis Belhadj", "Commis de cuisine | CAP Cuisine | à la recherche d'un poste", "Lyon",
  ("inv", "Bonjour chef ! J'ai eu mon CAP l'an dernier et je fais des extras en brasserie depuis. J'ai mangé au Bouchon Vrille pour l'anniv de ma mère "
          "et c'est là que j'ai envie de bosser. Dispo pour un essai quand vous voulez, même un samedi soir 🙏"))
P("good_invitation", "fr", "Harriet Cole", "Food writer | The Sunday Ledger, travel & food pages", "London",
  ("inv", "Hi Alex, I'm in Lyon in March researching a long piece on how the bouchon is changing, and two local chefs told me to talk to you. "
          "Could I buy you a coffee and ask a few questions? Quotes sent back for checking before print."),
  ("rem",), nl="en")
P("good_invitation", "fr", "Matteo Scarpellini", "Chef patron | Osteria del Borgo Vecchio, Alba", "Alba",
  ("inv", "Ciao Alex! Ho mangiato da te a Lione a novembre, quel piccione me lo sogno ancora. Ti andrebbe una cena a quattro mani? "
          "Prima da noi ad Alba in stagione di tartufo, poi da te. Tu porti la brigata, io il vino 😄"), nl="it")
P("good_invitation", "es", "Irene Zabaleta", "Investigadora en sostenibilidad alimentaria | Centro Culinario de Donostia", "San Sebastián",
  ("inv", "Hola Alex, en mayo organizamos un taller gratuito para restaurantes sobre aprovechamiento de mermas: fermentación, fondos, cartas de temporada. "
          "Dos días en Donostia, 20 plazas y hay una para ti si te apetece. ¿Te paso el programa?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Ludovic Marchetti", "Responsable grands comptes CHR | Distribution alimentaire", "Rungis", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Sabrina Haddad", "Account Manager | Plateforme de livraison de repas", "Paris", ("inv", NONOTE))
P("default_invitation", "it", "Gianni Porcu", "Sales | Food & Beverage | Horeca", "Cagliari", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Maxime Jourdan", "Business Developer CHR | Caissa – caisse enregistreuse cloud", "Lyon",
  ("inv", "Bonjour Alex, trois établissements et trois caisses qui ne se parlent pas ? Caissa centralise ventes, stocks et pourboires en temps réel, NF525 inclus. "
          "Je passe à Lyon jeudi : une démo de 20 min au Bouchon entre deux services ?"),
  ("rem",))
P("sales_invitation", "fr", "Clémentine Roux", "Responsable partenariats restaurants | Attablez-vous", "Paris",
  ("inv", "Hello Alex ! On lance Attablez-vous à Lyon : 0 € de commission sur les réservations pendant 6 mois, puis 1,50 € par couvert. "
          "Vos voisins de la Croix-Rousse sont déjà dessus. Je vous envoie le contrat de démarrage ?"))
P("sales_invitation", "fr", "Jake Donovan", "Partner Success Lead, France | Dashplate", "Paris",
  ("inv", "Hi Alex, restaurants on Dashplate in Lyon 2e average an extra €6.4k a month from delivery. I'd love to get Bouchon Vrille live before summer: "
          "onboarding takes 48h and the tablet is free. Worth a quick call?"), nl="en")
P("sales_invitation", "fr", "Federico Lanza", "Export manager | Cantine Lanza – Franciacorta DOCG", "Brescia",
  ("inv", "Buongiorno Alex, il nostro Franciacorta Satèn è già in carta in diversi ristoranti a Parigi. Posso spedirle due bottiglie campione "
          "e il listino Horeca con le condizioni per il primo ordine?"),
  ("rem",), nl="it")
P("sales_invitation", "es", "Rocío Bermúdez", "Directora comercial | Ibéricos Sierra de Aracena", "Huelva",
  ("inv", "¡Hola Alex! Somos productores de jamón 100% ibérico de bellota con distribución propia en Francia. Para restaurantes tenemos precio especial, "
          "en pieza o cortado a cuchillo. ¿Te mando la tarifa y agendamos una cata?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Léna Dufresne", "Créatrice de contenu food | 120k sur Instagram | Lyon gourmand", "Lyon",
  ("inv", "Coucou Alex ! Je prépare une sélection de mes 10 adresses lyonnaises coup de cœur et le Bouchon y sera, on y a dîné samedi avec ma sœur 😍 "
          "La quenelle, dingue. J'aimerais beaucoup échanger avec vous !"),
  ("msg", "Merci d'avoir accepté 🥰 Pour la sélection, je vous propose la formule mise en avant : 1 réel + 3 stories sur votre nouvelle carte, "
          "850 € HT (et un dîner pour deux, bien sûr). Je vous envoie mon media kit ? J'ai encore des dispos en fin de mois 📅", (3, 10)),
  ("msg", "Petite relance Alex ! Ce mois-ci j'ai une offre : 2 réels pour 1 400 € au lieu de 1 700. La sélection sort dans quinze jours, "
          "dites-moi vite si je vous garde une place 😉", (7, 15)))
P("bait_and_switch_invitation", "fr", "Patrick Lhermitte", "Président | Cercle des Restaurateurs Indépendants Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, une fois par mois une quinzaine de restaurateurs indépendants lyonnais déjeunent ensemble pour parler franchement : "
          "personnel, loyers, fournisseurs. Aucun fournisseur à table. Vous seriez le bienvenu au prochain."),
  ("msg", "Ravi de vous compter parmi nous, Alex. Avant le déjeuner du 12, je me permets de vous présenter CRI Achats, notre centrale de référencement : "
          "jusqu'à 18 % d'économies sur vos achats, adhésion 1 200 € HT par établissement. Je vous fais un chiffrage pour vos trois maisons ?", (5, 20)))
P("bait_and_switch_invitation", "fr", "Sandrine Peyrol", "Consultante hygiène alimentaire | HACCP & PMS", "Saint-Étienne",
  ("inv", "Bonjour Alex, avec les contrôles sanitaires qui se durcissent, j'ai rédigé une fiche pratique gratuite pour les cuisines de restaurant "
          "(traçabilité, étiquetage des préparations, allergènes). Je vous l'envoie volontiers."),
  ("msg", "Voici la fiche, comme promis ! La plupart des chefs qui la lisent s'aperçoivent qu'il manque des choses dans leur Plan de Maîtrise Sanitaire. "
          "Je propose un audit à blanc avec mise à jour du PMS : 690 € par site, ou 1 750 € pour vos trois cuisines. On cale une date ?"),
  ("msg", "Alex, je reviens vers vous : il me reste deux créneaux d'audit en mars. Vous préférez commencer par Paris ou par Lyon ?", (10, 25)))
P("bait_and_switch_invitation", "en", "Ryan Whitaker", "Co-founder, Ember & Oak Group (3 sites) | Hospitality operator", "Manchester",
  ("inv", "Alex, fellow multi-site operator here (three places in Manchester). Genuinely curious how you keep front-of-house staff longer than a season, "
          "we lose people every four months. Would love to compare notes."),
  ("msg", "Cheers for connecting! Full disclosure: besides the restaurants I co-founded RotaRight, a scheduling and tips app that cut our churn by a third. "
          "We're launching in France this spring, 3-month free pilot then €79 per site per month. Could I show you a 20-min demo next week?", (2, 12)),
  ("msg", "Hi Alex, just bumping this. Five French pilot slots left and I'd love one of them to be yours. Tuesday 3pm your time?", (6, 20)))
P("bait_and_switch_invitation", "it", "Serena Colombo", "Giornalista enogastronomica | curatrice della guida Bistrot d'Europa", "Milano",
  ("inv", "Gentile Alex, sto lavorando alla nuova edizione della guida Bistrot d'Europa e vorrei includere il Bouchon Vrille nella sezione su Lione. "
          "Mi farebbe piacere farle qualche domanda sulla sua cucina."),
  ("msg", "Grazie per il collegamento! Per confermare l'inserimento in guida le giro la scheda: la quota di partecipazione è di 980 € + IVA e comprende "
          "mezza pagina con foto, la vetrofania e un anno di presenza sul sito. Le mando il modulo d'ordine?", (4, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Olivier Sarrazin", "Directeur artistique | Festival Saveurs en Scène", "Annecy",
  ("inm", "Invitation – Festival Saveurs en Scène", "Bonjour Chef Morgan, nous préparons la 6e édition de Saveurs en Scène, au bord du lac, en septembre. "
          "Le comité aimerait vous inviter pour une démonstration sur la grande scène : 40 minutes, un plat de votre choix, devant 600 personnes. "
          "Seriez-vous partant ?"),
  ("inm", "Re: Invitation – Festival Saveurs en Scène", "Merci pour votre retour enthousiaste ! Pour finaliser votre venue, voici le dossier chef : "
          "la participation aux frais de scène est de 1 800 € HT (stand de 9 m² inclus pour vendre vos produits) et l'hébergement reste à votre charge. "
          "Pouvez-vous me retourner le bon de commande signé avant le 15 ?", (4, 12)))
P("bait_and_switch_inmail", "fr", "Pablo Iturriaga", "Estudiante de máster en Gestión Gastronómica", "San Sebastián",
  ("inm", "Encuesta para mi TFM", "Hola Alex, soy estudiante de máster y mi trabajo de fin de máster trata del desperdicio alimentario en restaurantes "
          "franceses y españoles. ¿Podrías contestar 8 preguntas (5 minutos)? Te enviaré el estudio con los resultados cuando lo termine."),
  ("inm", "Gracias + una propuesta", "¡Mil gracias por las respuestas, Alex! Te cuento que además de estudiar trabajo en Mermapp, una app que pesa y registra "
          "lo que tira cada partida. Con los datos que me diste calculo que podrías ahorrar unos 2.000 € al mes entre tus tres locales. "
          "¿Te hago una demo? El primer mes es gratis, luego 149 € por local.", (5, 20)), nl="es")
P("bait_and_switch_inmail", "en", "Victoria Hale", "Editor-in-Chief | European Bistro Awards", "London",
  ("inm", "You've been shortlisted", "Dear Alex, I'm delighted to tell you that Bouchon Vrille has been shortlisted for Best Regional Bistro (France) "
          "at this year's European Bistro Awards, based on diner nominations and our panel's visits. Could you confirm the best contact for the "
          "winners' announcement?"),
  ("inm", "Next steps – European Bistro Awards", "Thank you Alex, and congratulations again. To secure your shortlisted status, finalists choose a "
          "recognition package: Essential (€1,950) covers the trophy, window decal and digital winners' kit; Premium (€3,400) adds a feature in our "
          "printed guide. Which one shall I put you down for? Invoices are due within 7 days.", (3, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Julien Castagnet", "Consultant culinaire | ex-second de cuisine", "Bordeaux",
  ("end",), ("end",),
  ("msg", "Salut Alex ! Ça fait un bail. Je t'ai validé {skill} et deux trois autres trucs, c'est bien le minimum après deux ans à tes côtés 😄 "
          "Je me lance à mon compte comme consultant : si tu pouvais me valider « Conseil en restauration » et « Food cost », ce serait top, "
          "ça rassure les clients. Merci chef !"))
P("endorse_me_back", "fr", "Chiara Dell'Acqua", "Pastry chef & docente | Scuola di Pasticceria Dolcemente", "Torino",
  ("end",),
  ("msg", "Ciao Alex, ho appena confermato la tua competenza in {skill}, te la meriti tutta. Posso chiederti un piccolo favore in cambio? "
          "Mi servirebbe qualche conferma su \"Pasticceria\" e \"Formazione\": sto mandando la candidatura per insegnare in una scuola all'estero. Grazie di cuore!"),
  nl="it")
P("endorse_me_back", "en", "Tom Beckett", "Head Chef | The Larder, Bristol", "Bristol",
  ("end",), ("end",),
  ("msg", "Alex! Long time since the Lyon school days. Just dropped you a couple of endorsements, {skill} and the rest. Any chance you could return the "
          "favour on Menu Development and Kitchen Management? Going for an exec chef job and apparently the recruiter looks at that stuff. Ta!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Kévin Marquet", "Serveur | Restauration", "Lyon",
  ("inv", "Salut chef, c'est Kévin, j'étais en salle au Comptoir l'été dernier. On se connecte ?"),
  ("rem",),
  ("inm", "Sérieux ?", "Donc tu m'ignores. Classe. Trois mois de doubles services payés au lance-pierre et tu peux même pas cliquer sur accepter. "
          "Tout le monde sait comment ça se passe dans ta cuisine, et crois-moi je vais pas me gêner pour laisser des avis. Bonne continuation 👍"))
P("hostility_after_decline", "fr", "Bastien Ferreira", "Sales Manager Restaurants | Livrr France", "Lyon",
  ("inv", "Bonjour Alex, êtes-vous ouvert à la livraison pour le Bouchon ? On a des conditions intéressantes en ce moment pour les restaurants du 2e."),
  ("inm", "Dommage", "Bonjour Alex, mon invitation est restée sans réponse depuis un mois. Je trouve ça assez méprisant de la part de quelqu'un qui "
          "prétend remettre l'humain au centre de la restauration. On est tous commerçants : un « non merci » prend trois secondes. Je retiens."))
P("hostility_after_decline", "en", "Chloe Sanderson", "Food & travel creator | 85k | Paris eats", "Paris",
  ("inv", "Hey Alex! Food creator covering Paris here, would love to feature Vrille on my page ✨"),
  ("rem",),
  ("inm", "Wow", "Honestly, no reply? I offered to put your restaurant in front of 85k people and you couldn't be bothered. Chefs like you act like "
          "you're doing everyone a favour. Don't be surprised when nobody under 40 walks through your door. Your loss."))
P("hostility_after_decline", "fr", "Salvatore Giordano", "Agente di commercio | Mozzarella e latticini campani per la Francia", "Napoli",
  ("inv", "Buongiorno chef, porto la mozzarella di bufala fresca a Parigi due volte a settimana. Colleghiamoci!"),
  ("rem",),
  ("inm", "Educazione", "Chef, ho visto che ha ignorato il mio invito. Lavoro con i migliori ristoranti di Parigi e nessuno mi ha mai trattato così. "
          "Un po' di educazione non guasta, anche quando uno si crede un grande chef. Stia bene."), nl="it")


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Mehdi Lakhdar", "Chef de partie | en recherche de poste", "Paris",
  ("msg", "Bonjour chef, j'espère que tout va bien au canal. Je postule dans un étoilé à Lyon et ils demandent une lettre de recommandation "
          "de mes anciens chefs. Vous pourriez m'en faire une ? Même courte, ça m'aiderait vraiment."),
  ("msg", "Ok j'ai compris, pas de réponse c'est une réponse. Vous étiez bien content quand je faisais les fermetures tout seul à 1 h du matin. "
          "Franchement le pire patron que j'ai eu, et je le dirai à tous ceux qui me poseront la question. Merci pour rien.", (5, 15)))
P("hostility_connection", "fr", "Aurélien Bonnard", "Directeur commercial Sud-Est | Tiquet POS", "Lyon",
  ("msg", "Bonjour Alex, votre éditeur de caisse vient d'être racheté, c'est le bon moment pour passer sur Tiquet : migration gratuite des fiches "
          "produits et 3 mois offerts. On se cale un appel ?"),
  ("msg", "Alex, je me permets de relancer. On équipe déjà 40 restaurants à Lyon, je pense sincèrement que vous y gagneriez.", (7, 20)),
  ("msg", "Bon. Trois messages, lus, et pas une ligne. Je vous croyais correct ; visiblement la politesse s'arrête aux clients qui paient l'addition. "
          "Je note, et je ne suis pas le seul dans le métier à vous trouver hautain.", (5, 15)))
P("hostility_connection", "en", "Oliver Pryce", "Founder | Pryce & Daughters Fine Wine Imports", "London",
  ("acc",),
  ("msg", "Thanks for the connect after the tasting in Paris, Alex. As promised: our English sparkling is now available to French trade. "
          "I've attached the CHR price list, minimum order 36 bottles. Shall I pencil in a tasting visit in Lyon next month?"),
  ("msg", "I see. Happy to pour my samples at your bar, then ghost me when it comes to an order. That's not how business is done where I come from. "
          "Frankly it's rude, and my French distributor will hear about it.", (5, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Stéphane Guilloux", "Courtier en énergie pour les professionnels | Wattéo", "Lyon",
  ("msg", "Bonjour Alex, avec trois cuisines (fours, chambres froides, hottes), votre facture d'électricité doit piquer. Nous renégocions les contrats "
          "des restaurateurs sans frais pour eux. Vous m'envoyez une facture et je vous fais une simulation ?"),
  ("msg", "Bonjour Alex, les prix de gros ont baissé ce mois-ci : c'est le moment de bloquer un tarif sur 3 ans. Je peux vous appeler demain matin ?", (10, 30)))
P("connection_only_pitches", "fr", "Nathalie Dorval", "Chargée d'affaires CHR | Blanchisserie Lys Service", "Vénissieux",
  ("msg", "Bonjour Alex, nous fournissons le linge de table et les tenues de cuisine en location-entretien à une trentaine de restaurants lyonnais, "
          "enlèvement et livraison deux fois par semaine. Je vous établis un devis pour vos deux maisons de Lyon ?"),
  ("msg", "Bonjour, je me permets de revenir vers vous : le premier mois est offert pour toute signature avant la fin du trimestre."),
  ("msg", "Alex, dernier message de ma part : je serai à la Croix-Rousse mardi, je peux déposer des échantillons de nappes et un tarif au Comptoir ?"))
P("connection_only_pitches", "es", "Manuel Cifuentes", "Export | Almazara Cifuentes – AOVE premium", "Jaén",
  ("msg", "Hola Alex, te escribo desde nuestra almazara familiar en Jaén. Tenemos un picual de cosecha temprana que ya usan varios restaurantes "
          "en París. Te puedo pasar precio de hostelería en garrafa de 5 litros."),
  ("msg", "Buenas Alex, ¿pudiste ver mi mensaje? Esta semana cerramos pedidos para el envío a Francia, porte gratis a partir de 60 litros."))


# =============================================================== single_pitch
P("single_pitch", "fr", "Caroline Mestre", "Expert-comptable | cabinet dédié aux CHR", "Paris",
  ("msg", "Bonjour Alex, notre cabinet est spécialisé dans les cafés-hôtels-restaurants : paie avec les particularités de la convention HCR, suivi du "
          "ratio matière, tableau de bord chaque lundi. Seriez-vous ouvert à un rendez-vous pour voir si nous pouvons reprendre la tenue de vos trois sociétés ?"))
P("single_pitch", "fr", "Luca Bertolini", "Area manager Francia | Torrefazione Bertolini", "Trieste",
  ("msg", "Ciao Alex! Il caffè a fine pasto merita di più 😉 Con la nostra miscela ti diamo in comodato d'uso gratuito la macchina a due gruppi e il "
          "macinino, con un consumo minimo di 6 kg al mese. Ti lascio qualche campione al Comptoir?"), nl="it")
P("single_pitch", "fr", "Priya Raman", "Food photographer | menus, websites, delivery apps", "Paris",
  ("msg", "Hi Alex, I shoot food for restaurants in Paris and noticed your delivery listing still uses phone photos. Half-day shoot, 25 edited dishes, "
          "€650. Happy to send my portfolio if you fancy a refresh."), nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Bérénice Laval", "Cheffe-propriétaire | Rhizome, Paris 11e", "Paris",
  ("msg", "Alex, je te préviens au cas où : un faux contrôleur « DGCCRF » appelle les restos du 10e et du 11e en ce moment pour réclamer un virement "
          "sous 48 h. Deux copains se sont fait avoir. Préviens ton équipe au canal. Et merci encore pour le contact du poissonnier de Port-en-Bessin, "
          "c'est le jour et la nuit."),
  ("msg", "Au fait, on organise un service solidaire le 3 avec d'autres restos du quartier, au profit d'une asso d'aide alimentaire. Si tu veux en être, "
          "même juste en prêtant deux commis pour la soirée, fais-moi signe.", (10, 30)))
P("connection_brings_value", "fr", "Gérard Poulain", "Professeur de cuisine | Institut culinaire des Monts d'Or", "Écully",
  ("end",),
  ("msg", "Bonjour Alex, j'ai trois élèves de BP en fin de formation qui cherchent un stage de six semaines en mai-juin, dont une jeune femme très "
          "solide au poisson. Si vous avez de la place au Bouchon ou à Paris, je vous envoie leurs CV, sans engagement bien sûr."))
P("connection_brings_value", "fr", "Giorgia Santini", "Chef | Trattoria Santini, Parma", "Parma",
  ("msg", "Alex! Ti mando la ricetta del nostro brodo per i cappelletti come promesso, con le dosi per 80 coperti. Il segreto è il cappone, "
          "non la gallina. Se passi da Parma a dicembre ti tengo il tavolo in cucina."), nl="it")
P("connection_brings_value", "en", "Daniel Osei", "Restaurant critic | Metro Eats Weekly", "London",
  ("msg", "Hi Alex, I'm putting together a piece on chefs who've opened in two cities and kept both kitchens honest. Would you be up for a 15-minute "
          "phone interview this week? Totally fine to go off the record on anything."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Anne-Laure Berthier", "Associée | Berthier Talents Hôtellerie & Restauration", "Paris",
  ("inm", "Chef exécutif – palace parisien (confidentiel)", "Bonjour Alex, je mène pour un palace de la rive gauche le recrutement de son chef exécutif "
          "(brigade de 45, deux restaurants et le room service). Le client veut un profil de chef-entrepreneur qui connaît la bistronomie. "
          "Rémunération très attractive, prise de poste à l'automne. Accepteriez-vous un échange confidentiel ? Je comprendrais tout à fait que "
          "votre groupe vous occupe à plein temps."))
P("stranger_inmail_recruiter", "en", "Marcus Lindgren", "Director of Food & Beverage | Nordhavn Hotels", "Copenhagen",
  ("inm", "Consulting chef for our Lyon opening", "Hello Alex, Nordhavn is opening a 120-room hotel at Lyon Confluence next year and I'm hiring a "
          "consulting chef to design the restaurant concept and train the opening brigade: a paid eight-month engagement, roughly six days a month. "
          "Two of our suppliers gave me your name. Could we talk next week?"))
P("stranger_inmail_recruiter", "es", "Lucía Argüelles", "Directora de operaciones | Grupo Mantel, Madrid", "Madrid",
  ("inm", "Chef asesor para nuestra apertura", "Hola Alex: en Grupo Mantel abrimos en otoño un bistró francés en Chamberí y buscamos un chef asesor que "
          "firme la carta y venga a Madrid una semana al mes durante el primer año. Es un contrato remunerado y las condiciones las hablamos. "
          "¿Tendrías media hora para una videollamada?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Guillaume Texier", "Responsable acquisition | ResaTop", "Paris",
  ("inm", "Vos no-shows du week-end", "Bonjour Alex, un restaurant de 60 couverts perd en moyenne 4 200 € par mois en no-shows. ResaTop demande une "
          "empreinte bancaire à la réservation et relance vos clients par SMS. Puis-je vous montrer l'outil en visio cette semaine ? Installation offerte."),
  ("inm", "Re: Vos no-shows du week-end", "Je me permets de relancer : l'installation offerte se termine vendredi. Un créneau mardi 15 h ?", (5, 20)))
P("stranger_inmail_sales", "en", "Aaron Feldman", "VP Partnerships | KitchenCloud Virtual Brands", "Amsterdam",
  ("inm", "Extra €10k/month from your existing kitchen", "Hi Alex, we license delivery-only brands (smash burgers, poke, wings) to restaurants with "
          "spare capacity. You cook our recipes in your kitchen during off-hours, we handle the marketing on the apps. Partners in Lyon make €8-12k "
          "extra a month. 15 minutes to walk you through the numbers?"))
P("stranger_inmail_sales", "it", "Alessia Ruggiero", "Consulente commerciale | Noleggio attrezzature Ho.Re.Ca.", "Bologna",
  ("inm", "Attrezzature in noleggio operativo", "Buongiorno, con il noleggio operativo può rinnovare forni, abbattitori e lavastoviglie senza anticipo "
          "e con canone interamente deducibile. Lavoriamo anche con ristoratori in Francia. Le preparo una simulazione personalizzata?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Mathilde Courbier", "Vigneronne | Domaine des Sept Terres, Beaujolais", "Villié-Morgon",
  ("inv", "Bonjour Alex, j'ouvre le domaine aux chefs et sommeliers lyonnais le dernier lundi du mois : parcelles, dégustation des cuvées en élevage, "
          "casse-croûte. Gratuit et sans commande, juste pour parler vin et cuisine. Je vous garde une place ?"),
  ("msg", "Merci pour votre visite lundi avec votre sommelière, c'était un plaisir ! Je vous envoie les notes de dégustation et le contact du tonnelier "
          "dont on a parlé."),
  ("msg", "Bonjour Alex, nous ouvrons les allocations CHR du millésime : 120 caisses seulement, tarif pro dégressif dès 10 cartons, livraison offerte sur Lyon. "
          "Combien je vous en réserve pour le Bouchon et le Comptoir ? Il me faut une réponse avant vendredi.", (10, 30)))
P("good_turns_ugly", "en", "Hannah Kirby", "Restaurant profitability consultant | Menu engineering", "Dublin",
  ("inv", "Hi Alex, I built a free menu-engineering spreadsheet (food cost, margin per dish, popularity matrix) for a workshop I ran for independent "
          "restaurants. Happy to send it over for your three sites, no strings."),
  ("msg", "Here it is! The second tab sorts dishes into stars, plowhorses, puzzles and dogs automatically. Shout if anything breaks."),
  ("end",),
  ("msg", "Hope the sheet's been handy! Cheeky ask: I've endorsed you for {skill}, would you mind endorsing me for Menu Engineering and Cost Control? "
          "I'm pitching to a hotel group next month and it'd help my profile look the part."))
P("good_turns_ugly", "it", "Roberto Salvi", "Presidente | Associazione Cuochi Italiani in Francia", "Lyon",
  ("inv", "Ciao Alex, ogni mese ci troviamo tra cuochi italiani e francesi a Lione per una cena dove ognuno porta un piatto e si parla di fornitori, "
          "personale, burocrazia. Si paga solo il vino. Ti va di venire alla prossima?"),
  ("msg", "Bello averti avuto giovedì! Ecco la lista dei produttori di cui abbiamo parlato, con i contatti diretti per le consegne a Lione."),
  ("msg", "Alex, ti scrivo per una cosa pratica: dal mese prossimo l'associazione propone ai soci una polizza multirischio per ristoranti con "
          "Assicura Horeca, da 1.900 € l'anno per locale. Sono io il referente: ti preparo un preventivo per i tuoi tre locali?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Florent Gaudin", "Chargé de clientèle | CaisseNova", "Lyon",
  ("inm", "Votre système de caisse", "Bonjour Alex, votre caisse est-elle conforme à la loi anti-fraude TVA ? CaisseNova vous équipe à partir de 59 € "
          "par mois, avec l'application de commande à table. Je peux passer au restaurant pour une démonstration ?"),
  ("inv", "Bonjour Alex, je me suis installé dans le quartier d'Ainay et je passe souvent devant le Bouchon. Au plaisir d'échanger entre voisins !"))
P("reinvite_known_bad", "fr", "Charlotte Meunier", "Chargée de développement | Ô Fournil, pains pour la restauration", "Lyon",
  ("inv", DEFAULT),
  ("inv", "Alex, on s'est croisés au salon de la restauration, sur le stand des fromagers : on avait parlé de saint-marcellin. Ravie de me connecter !"))
P("reinvite_known_bad", "en", "Nick Hargreaves", "Head of Growth EMEA | TablePilot", "London",
  ("inv", "Hi Alex, TablePilot helps multi-site restaurants fill empty tables with AI-driven dynamic pricing. Can I show you a 15-min demo? "
          "We have a few French pilot slots."),
  ("inv", "Hey Alex, loved your interview on the canal-side restaurant scene, great stuff. Would be good to connect!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Damien Roche", "Agent commercial vins & spiritueux | Mâconnais, Jura", "Mâcon",
  ("inv", "Bonjour, je représente plusieurs domaines du Mâconnais et du Jura auprès de la restauration. Connectons-nous."),
  ("inm", "Aucune réponse", "Trois semaines sans réponse à une simple demande de connexion. C'est ça, les chefs qui passent à la télé ? "
          "Vous devriez redescendre un peu, Morgan. Dans ce métier, tout se sait."),
  ("inv", "Bonjour Alex, nouvelle année et nouveaux domaines au catalogue ! Je serais ravi qu'on se connecte enfin."))
P("reinvite_known_ugly", "es", "Jorge Almansa", "Organizador | Congreso de Cocina de Autor de Valencia", "Valencia",
  ("inm", "Ponente en el Congreso", "Hola Alex, el comité nos ha pedido invitarte como ponente al Congreso de Cocina de Autor de Valencia en noviembre: "
          "una charla de 30 minutos sobre la cocina lionesa de hoy. Nos haría muchísima ilusión."),
  ("inm", "Ponente – condiciones", "Gracias por responder, Alex. Como ponente te corresponde el paquete de visibilidad: 1.450 € (charla, logo en el "
          "programa y mesa en la cena de gala); el alojamiento va aparte. ¿Te envío la factura proforma?", (3, 12)),
  ("inv", "Hola Alex, ¡me encantaría tenerte en mi red! Seguimos en contacto para próximas ediciones."))
P("reinvite_known_ugly", "fr", "Ettore Vannucci", "Consulente food & beverage | aperture ristoranti", "Firenze",
  ("inv", "Salve Alex, seguo con interesse il suo lavoro tra Parigi e Lione. Restiamo in contatto?"),
  ("rem",),
  ("inm", "Complimenti per l'umiltà", "Vedo che non si degna di rispondere. Non pensavo che un cuoco di bistrot si sentisse così importante. "
          "Auguri, ne avrà bisogno con i costi che ci sono oggi."),
  ("inv", "Buongiorno Alex, riprovo a collegarmi: forse siamo partiti col piede sbagliato. Buon lavoro!"), nl="it")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Hervé Taillandier", "Affineur | Fromagerie des Aravis, Thônes", "Thônes",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex, content de vous avoir rencontré au salon. Je vous mets notre liste de prix pour la restauration : reblochon fermier, "
          "abondance, tomme de chèvre, livraison sur Lyon le mardi. Si vous voulez, je vous prépare un premier colis découverte et on ajuste ensuite ?"))
P("user_invited_pitch_once", "en", "Sam Okonkwo", "Founder & CEO | OrderNest – direct online ordering", "Lisbon",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex! As I mentioned, OrderNest lets you take delivery orders on your own site with 0% commission, "
          "and we'd set up all three locations for free. Shall I book you in for a quick walkthrough?"))
P("user_invited_pitch_once", "es", "Marina Echeverría", "Export manager | Bodegas Echeverría, Rioja Alavesa", "Laguardia",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Fue un gusto conocerte en la feria. Te dejo la ficha técnica y el precio para restauración en Francia; para el "
          "Comptoir te recomendaría la garnacha de viñas viejas. ¿Te mando una caja de muestra?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Sébastien Lacombe", "Conseiller culinaire & commercial | Fours professionnels Calyx", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au salon : notre four mixte 10 niveaux est en promotion ce trimestre, avec reprise de votre "
          "ancien four. Je peux venir faire une démo de cuisson au Bouchon un lundi ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour la démo. La reprise à 2 500 € ne tient que jusqu'au 30, ensuite on repasse au tarif normal. "
          "Lundi 14 h, ça vous irait ?", (8, 25)))
P("user_invited_pitch_twice", "fr", "Giacomo Bellandi", "Trifolao | Tartufi Bellandi, Langhe", "Alba",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Quest'anno il bianco è bello e ancora a prezzi umani: 3.200 €/kg in pezzature da 20-40 g, spedizione a Lione "
          "in 24 ore. Ti preparo una prima consegna per il menu di novembre?"),
  ("msg", "Alex, da lunedì i prezzi salgono. Ti tengo da parte 300 g? Dimmi tu.", (4, 12)), nl="it")
P("user_invited_pitch_twice", "fr", "Margaux Lefranc", "Fondatrice | Agence Mise en Place – réseaux sociaux pour restaurants", "Paris",
  ("acc",),
  ("msg", "Merci pour la connexion Alex ! Ravie de notre échange au salon. Comme évoqué : gestion de vos comptes Instagram et Google pour les trois "
          "adresses, shooting mensuel inclus, 1 290 € HT par mois. Je vous envoie la proposition ?"),
  ("msg", "Bonjour Alex ! Je me permets de relancer : une place se libère en septembre dans notre planning. Un call de 15 min cette semaine ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Jean-Marc Rouvière", "Chef | Meilleur Ouvrier de France | Les Terrasses de Fourvière", "Lyon",
  ("acc",),
  ("msg", "Merci de l'invitation, Alex. Suite à notre discussion au congrès : le CFA de Dardilly a deux apprentis très bons qui cherchent une maison "
          "pour la rentrée. Je vous transmets leurs coordonnées avec leur accord, appelez-les de ma part."))
P("user_invited_value", "fr", "Fiona MacLeod", "Chef-owner | Bramble & Bone, Edinburgh", "Edinburgh",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. As we said, happy to take one of your cooks on a two-week stage in our kitchen in the spring: bed in the flat "
          "above the restaurant, meals included. Have them email me directly and we'll sort dates."), nl="en")
P("user_invited_value", "es", "Teresa Villalba", "Historiadora de la alimentación | Universidad de Salamanca", "Salamanca",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te paso el enlace al archivo digitalizado de recetarios lioneses del siglo XIX que te comenté: hay tres "
          "versiones de la quenelle que no he visto publicadas en ningún sitio. Si la usas para la carta, me encantaría probarla."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Aurore Delcambre", "Sommelière | Cave & Comptoir, Annecy", "Annecy", ("acc",))
P("acceptance_only", "it", "Nicola Barbero", "Food & Beverage Manager | Hotel Bellavista, Torino", "Torino", ("acc",))
P("lone_endorsement", "fr", "Élise Pradel", "Cheffe de rang | Vrille, Paris", "Paris", ("end",))
P("lone_endorsement", "en", "Connor Walsh", "Sous chef | The Quay Kitchen", "Dublin", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Karine Vasseur", "karine@legardemanger.example", "Maraîcher de Sainte-Foy",
     "Bonjour Alex,\n\nje vous ai envoyé une invitation sur LinkedIn mais je ne sais pas si vous y allez souvent. Pour notre maraîcher qui arrête : "
     "j'ai peut-être une piste à Brindas. On s'appelle ?\n\nKarine", "fr"),
    ("Harriet Cole", "harriet.cole@sundayledger.example", "Bouchon piece – interview in March?",
     "Hi Alex,\n\nI also sent a request on LinkedIn, but email may be easier. I'm in Lyon 11-14 March; would a coffee on the 12th work?\n\nHarriet", "en"),
    ("Nadia Ouali", "nadia@maisonvrille.example", "Fwd: Jake Donovan wants to connect",
     "Chef, ce type de Dashplate m'a aussi invitée sur LinkedIn, et il a appelé le Bouchon deux fois. Je lui dis qu'on ne fait pas de livraison ?\n\n"
     "---------- Message transféré ----------\nDe : Jake Donovan via LinkedIn <invitations@linkedin.com>\nObjet : I want to connect\n\n"
     "Hi Nadia, restaurants on Dashplate in Lyon 2e average...", "fr"),
    ("Attablez-vous", "news@attablez-vous.example", "Nouveautés de printemps – suivez-nous sur LinkedIn",
     "Découvrez nos nouvelles fonctionnalités : liste d'attente, acomptes, avis clients. Suivez-nous sur LinkedIn et Instagram pour ne rien manquer.\n\n"
     "Se désabonner : https://attablez-vous.example/unsub", "fr"),
    ("Cabinet Fabre & Associés", "contact@fabre-expertise.example", "Alerte : faux contrôles et faux recruteurs",
     "Bonjour,\n\nplusieurs de nos clients restaurateurs ont reçu de faux messages LinkedIn de « contrôleurs » ou de « recruteurs » demandant un paiement. "
     "Ne réglez jamais rien sans nous appeler.\n\nBien cordialement,\nLe cabinet", "fr"),
    ("Hôtellerie Jobs", "candidatures@hotellerie-jobs.example", "Nouvelle candidature : chef de partie – Bouchon Vrille",
     "Vous avez reçu une nouvelle candidature pour l'offre « Chef de partie H/F ».\nCandidat : Thomas R.\nProfil LinkedIn : https://www.linkedin.com/in/thomas-r-cuisine\n\n"
     "Consultez le CV dans votre espace recruteur.", "fr"),
    ("Salon Goût & Métiers", "exposants@gout-metiers.example", "Votre badge exposant + kit LinkedIn",
     "Bonjour,\n\nvotre badge pour le salon est prêt. Vous trouverez dans votre espace un kit de visuels à partager sur LinkedIn et Instagram.", "fr"),
    ("Caseificio Val di Non", "ordini@caseificio-valdinon.example", "Conferma ordine n. 2219",
     "Gentile cliente,\n\nconfermiamo il suo ordine di 12 forme di Trentingrana, consegna martedì. Ci segua anche su LinkedIn per le novità di stagione.", "it"),
    ("Lucía Argüelles", "lucia.arguelles@grupomantel.example", "Bistró en Chamberí – documentación",
     "Hola Alex,\n\ngracias por contestar a mi mensaje de LinkedIn. Te adjunto el dossier del local y el calendario de obras. ¿Hablamos el jueves?\n\nLucía", "es"),
    ("Sophie Martel", "rh@maisonvrille.example", "Candidature Yanis Belhadj",
     "Alex,\n\nun certain Yanis Belhadj a déposé un CV au Bouchon ce midi, il m'a dit t'avoir écrit sur LinkedIn. Je lui propose un essai samedi ?\n\nSophie", "fr"),
]


# ------------------------------------------------------------------------- layout eras
# People whose notes speak of things that did not exist in 2016 (reels, a 2018 anti-fraud law for tills,
# virtual delivery brands, AI pricing, creators with follower counts) keep the current layout.
ERAS = {name: "cur" for name in ["Léna Dufresne", "Chloe Sanderson", "Maxime Jourdan", "Florent Gaudin", "Aaron Feldman", "Nick Hargreaves",
                                 "Ryan Whitaker", "Pablo Iturriaga", "Margaux Lefranc"]}


# ------------------------------------------------------------------------- sanity checks on the notes
def _check() -> None:
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
                assert "{skill}" not in s[1], name


HEADER = [f"# mailbot development corpus dev127. Generated by scripts/make_corpus_dev127.py (seed {SEED}); do not edit by hand.",
          "# Alex as chef and owner of a small restaurant group in Paris and Lyon: producers and suppliers, booking, POS and delivery platforms, "
          "food press and influencers, cooks and waiters looking for work, culinary schools, peer restaurateurs, event organisers, rude ex-employees. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    _check()
    main(__doc__, "dev127", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
