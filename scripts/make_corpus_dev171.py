#!/usr/bin/env python3
"""Write mailbot's dev171 corpus: tests/corpus/dev171/*.eml + expected.toml.

The angle: September and October 2019 of Alex, owner of a bistro in Lyon (Croix-Rousse side,
about 60 covers, lunch and dinner). Their LinkedIn world: food and wine suppliers, POS and
booking-system vendors, delivery platforms, "we remove your bad reviews" services, chefs,
cooks and waiters looking for work, other restaurateurs sharing supplier tips, journalists and
food bloggers, and a meat supplier who turns rude after a late-payment dispute ended with Alex
going elsewhere. French, English, some Italian, Spanish and German.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; endorsement skills, job-alert titles, spoof headlines and spoof
pitches are swapped for this world in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev171.py              # writes tests/corpus/dev171
    python scripts/make_corpus_dev171.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190917

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 9, 2, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 10, 31, 21, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (20, 30)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a Lyon restaurant (this process only)
RHEADLINE = "Propriétaire | Bistrot Le Gros Caillou, Lyon"
SKILLS = {
    "en": ["Restaurant Management", "Food & Beverage", "Menu Development", "Wine", "Hospitality", "Team Leadership"],
    "de": ["Gastronomie", "Restaurantmanagement", "Wein", "Küchenleitung", "Gastgewerbe"],
    "fr": ["Restauration", "Gestion de restaurant", "Cuisine française", "Œnologie", "Management d'équipe", "Hôtellerie-restauration"],
    "es": ["Restauración", "Gestión de restaurantes", "Vinos", "Cocina francesa", "Hostelería"],
    "it": ["Ristorazione", "Gestione ristorante", "Enologia", "Cucina francese", "Ospitalità"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.JOBS[:] = [("Chef de cuisine", "Groupe Brasseries du Rhône"), ("Directeur de restaurant", "Maison Vignal"), ("F&B Manager", "Hôtel Carlton Lyon"),
              ("Responsable de salle", "Les Halles Paul Bocuse"), ("Restaurant Manager", "Kestrel Hospitality")]
mc.COMPANIES["good"] = ["Les Halles de Lyon", "Institut Paul Bocuse", "Le Progrès", "Lyon Capitale", "Umih Rhône", "Bouchons Lyonnais", "Gault&Millau"]
mc.COMPANIES["sales"] = ["CaissePro", "TablePilot", "LivrEat", "ReviewClean", "Vinéo Distribution", "Metrofresh", "CafMaq"]
mc.HEADLINES["good"] = ["Cheffe de cuisine | {co}", "Journaliste gastronomie | {co}", "Restaurateur | {co}", "Sommelier chez {co}",
                        "Formateur | {co}", "Maître d'hôtel | {co}"]
mc.HEADLINES["sales"] = ["Business Developer | {co}", "Account Manager Restauration | {co}", "Fondateur @ {co}",
                         "On aide les restaurateurs à remplir leur salle | {co}", "Commercial CHR | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a guest left a 1-star review of your restaurant and tagged you. Log in to respond before it goes public.",
           "Dear {first}, your business page was reported. Verify your account within 24h to avoid suspension."],
    "de": ["Hallo {first}, ein Gast hat Ihr Restaurant negativ bewertet. Melden Sie sich an, um zu antworten.",
           "Sehr geehrte/r {first}, Ihre Unternehmensseite wurde gemeldet. Bitte bestätigen Sie Ihr Konto."],
    "fr": ["Bonjour {first}, un client a publié un avis 1 étoile sur votre restaurant. Connectez-vous pour y répondre avant publication.",
           "Bonjour {first}, je vous ai envoyé la facture en pièce jointe via LinkedIn, merci de vous connecter pour la consulter."],
    "es": ["Hola {first}, un cliente ha dejado una reseña negativa de tu restaurante. Inicia sesión para responder.",
           "Hola {first}, te he enviado un documento compartido. Inicia sesión para verlo."],
    "it": ["Ciao {first}, un cliente ha lasciato una recensione negativa sul tuo ristorante. Accedi per rispondere.",
           "Gentile {first}, le ho inviato la fattura tramite LinkedIn. Acceda per scaricarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « chef de cuisine »", "Votre alerte emploi pour directeur de restaurant à {city}"),
           "news": "Les restaurateurs face à la commission des plateformes de livraison", "group": "Discussions à la une dans Restaurateurs de Lyon & Rhône",
           "newsletter": "Le Passe : ce qui change en cuisine cette saison"},
    "en": {"job": ("{n} new jobs for \"restaurant manager\"", "Your job alert for F&B manager in {city}"),
           "news": "Why independent restaurants are dropping delivery apps", "group": "Top conversations in Independent Restaurant Owners Europe",
           "newsletter": "Front of House: the weekly note for restaurant owners"},
    "it": {"job": ("{n} nuove offerte per \"chef\"", "La tua segnalazione di lavoro per responsabile di sala a {city}"),
           "news": "La ristorazione italiana e il nodo del personale", "group": "Conversazioni principali in Ristoratori Italiani in Francia",
           "newsletter": "Brigata: storie di cucina e di sala"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Julien Perrache", "Second de cuisine | ex-Brasserie Georges", "Lyon",
  ("inv", "Bonjour Alex, je suis second depuis 4 ans (Brasserie Georges puis une table à Annecy) et je rentre sur Lyon. J'ai vu que vous cherchiez quelqu'un en cuisine "
          "pour la rentrée : je peux passer faire un essai un midi quand ça vous arrange. CV dispo."),
  ("rem",))
P("good_invitation", "fr", "Mathilde Garon", "Cheffe-propriétaire | Le Comptoir des Pentes", "Lyon",
  ("inv", "Salut Alex ! On est voisins de pente ou presque. Avec trois collègues du 1er on se groupe pour commander les volailles de Bresse direct au producteur, "
          "ça fait baisser le prix au kilo. Ça te dit d'en être ? Rien à payer, juste ton volume."))
P("good_invitation", "en", "Hannah Kowalczyk", "Food writer | Eating Lyon (blog) | Contributor, Culinary Backstreets", "Lyon",
  ("inv", "Hi Alex, I write a small English-language blog on eating in Lyon and I'm doing a piece on bouchons that aren't tourist traps. "
          "Your quenelle came up twice from locals. Would you answer a few questions by email? Nothing to pay, nothing to sign."),
  ("rem",))
P("good_invitation", "it", "Chiara Lodi", "Titolare | Osteria del Borgo, Torino", "Torino",
  ("inv", "Ciao Alex, ci siamo conosciuti al Sirha a gennaio. Con l'associazione delle osterie torinesi organizziamo uno scambio tra cucine: "
          "due giorni a Torino per un cuoco della tua brigata, vitto e alloggio offerti. Ti mando il programma?"))
P("good_invitation", "es", "Lucía Navarro", "Camarera | Jefa de rango | Barcelona → Lyon", "Lyon",
  ("inv", "Hola Alex! Soy camarera, 6 años en sala en Barcelona, hablo francés (B2), inglés y catalán. Me mudo a Lyon en octubre y busco trabajo en un sitio con alma. "
          "¿Puedo mandarte mi CV?"),
  ("rem",))
P("good_invitation", "de", "Katrin Oberhauser", "Redakteurin Reise & Genuss | Süddeutsche Zeitung", "München",
  ("inv", "Guten Tag, ich schreibe für unsere Reisebeilage über Lyon jenseits der Sterneküche und würde Ihr Bistro gern erwähnen. "
          "Hätten Sie nächste Woche 10 Minuten für ein kurzes Telefonat? Mit freundlichen Grüßen, K. Oberhauser"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Régis Montagnon", "Commercial CHR | Boissons & Spiritueux", "Villeurbanne", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Dylan Ashworth", "Hospitality | Growth | Partnerships", "Manchester", ("inv", NONOTE))
P("default_invitation", "it", "Fabio Cerutti", "Agente di commercio | Food service", "Novara", ("inv", DEFAULT))
P("default_invitation", "fr", "Sandrine Vial", "Gérante | Conseil en franchise", "Grenoble", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Kevin Dumoulin", "Account Manager Restauration | CaissePro", "Lyon",
  ("inv", "Bonjour Alex, votre caisse est-elle prête pour la loi anti-fraude TVA ? CaissePro est certifiée NF525, avec module tickets-restaurant intégré. "
          "Je passe dans le quartier jeudi, je peux vous faire une démo de 20 min entre deux services ?"),
  ("rem",))
P("sales_invitation", "fr", "Megan Foley", "Senior Sales Exec, EMEA | TablePilot reservations", "Dublin",
  ("inv", "Hi Alex - restaurants on TablePilot cut no-shows by 38% with card holds and SMS reminders, and we charge no per-cover fee. "
          "Worth a quick call to see if it beats what you're using now?"), nl="en")
P("sales_invitation", "fr", "Anaïs Carrel", "Responsable partenariats restaurants Lyon | LivrEat", "Lyon",
  ("inv", "Hello Alex 🙂 On lance LivrEat sur Lyon 1er et 4e et on cherche 20 restos partenaires. Commission de lancement à 18 % les 3 premiers mois au lieu de 30. "
          "On en parle ? Je peux passer vous voir."))
P("sales_invitation", "en", "Brandon Keyes", "Online Reputation Specialist | ReviewClean", "Miami",
  ("inv", "Hey Alex, noticed a few 1-star reviews on your Google listing. We get unfair reviews taken down - guaranteed, or you don't pay. "
          "Let me send you our price sheet?"))
P("sales_invitation", "it", "Roberto Vaccari", "Export Manager | Cantina Vaccari – Lambrusco & Pignoletto", "Modena",
  ("inv", "Buongiorno Alex, cerchiamo ristoranti in Francia per i nostri Lambrusco di Sorbara. Per il primo ordine (60 bottiglie) spedizione gratuita e 10% di sconto. "
          "Posso mandarle listino e campionatura?"),
  ("rem",))
P("sales_invitation", "de", "Jörg Baumeister", "Vertrieb Frankreich | CafMaq Siebträgermaschinen", "Freiburg",
  ("inv", "Hallo Alex, wir vertreiben Profi-Siebträger aus Deutschland jetzt auch in Frankreich, mit Leasing ab 89 €/Monat inkl. Wartung. "
          "Darf ich Ihnen ein Angebot schicken?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Patrick Sauzet", "Animateur | Cercle des Restaurateurs Indépendants du Rhône", "Lyon",
  ("inv", "Bonjour Alex, on monte un petit cercle de restaurateurs indépendants lyonnais : un apéro par mois, on échange fournisseurs, galères de recrutement, "
          "contrôles d'hygiène. Entre nous, sans vendeur. Tu serais le bienvenu."),
  ("msg", "Salut Alex, content de t'avoir dans le cercle ! Petite info : je suis aussi courtier en assurances pro et je peux te faire un audit gratuit de ta multirisque "
          "et de ta prévoyance. La plupart des restos du cercle ont économisé 20 %. On cale un rdv ?", (4, 10)),
  ("msg", "Alex, je relance pour l'audit assurance, j'ai encore deux créneaux la semaine prochaine. Tu me dis ?", (6, 12)))
P("bait_and_switch_invitation", "en", "Olivia Brandt", "Community Lead | Indie Restaurant Owners Collective", "London",
  ("inv", "Hi Alex! I run a free online community of independent restaurant owners across Europe - monthly calls, a shared doc of supplier contacts, no selling. "
          "Would love to have a Lyon voice in there."),
  ("msg", "So glad you joined! Quick one: our partner platform handles review responses and removes fake reviews for members at a special rate of €149/month. "
          "Shall I set you up with a trial?", (3, 9)))
P("bait_and_switch_invitation", "es", "Álvaro Iturbe", "Restaurador | Grupo Txoko", "San Sebastián",
  ("inv", "Hola Alex, tengo un bistró en Donosti y estoy pensando abrir en Lyon. ¿Te puedo hacer un par de preguntas sobre licencias y alquileres en la Croix-Rousse? "
          "Te invito a un pintxo cuando vengas."),
  ("msg", "Gracias por aceptar, Alex. Te cuento mejor: en realidad buscamos restaurantes que se pasen a nuestra franquicia Txoko. Canon de entrada 35.000 €, "
          "y te damos marca, carta y proveedores. ¿Te paso el dosier?", (3, 8)))
P("bait_and_switch_invitation", "it", "Davide Mancuso", "Sommelier AIS | Fondatore gruppo \"Vino Vero Lione\"", "Lyon",
  ("inv", "Ciao Alex, con alcuni sommelier italiani a Lione facciamo una degustazione tra professionisti ogni primo lunedì del mese, si porta una bottiglia a testa. "
          "Vieni?"),
  ("msg", "Ciao Alex! Ti scrivo anche per lavoro: distribuisco una selezione di piccoli produttori piemontesi. Ti mando il listino ristorazione? "
          "Minimo d'ordine 36 bottiglie, consegna a Lione in 5 giorni.", (5, 11)),
  ("msg", "Alex, hai visto il listino? Questo mese Barolo 2015 a prezzo speciale per i ristoranti del gruppo.", (5, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Sophie Marlow", "Editor | The Lyon Table Guide 2020", "Lyon",
  ("inm", "Your bistro in The Lyon Table Guide", "Hi Alex, we're putting together The Lyon Table Guide 2020, an independent selection of 80 addresses, "
          "and our tasters liked your place. Could I send a few questions for the write-up?"),
  ("inm", "Re: Your bistro in The Lyon Table Guide", "Thanks Alex! Great answers. To confirm your listing, we ask selected restaurants for a contribution "
          "of €690 (full page with photo) or €390 (half page). Payment link below, deadline the 15th."))
P("bait_and_switch_inmail", "fr", "Thomas Rigaud", "Chargé d'études | Observatoire de la restauration indépendante", "Paris",
  ("inm", "Enquête sur les restaurateurs indépendants", "Bonjour Alex, nous réalisons une étude nationale sur les coûts des restaurants indépendants (énergie, personnel, matières). "
          "10 minutes de questionnaire, et vous recevez les résultats complets par ville. Seriez-vous partant ?"),
  ("inm", "Vos résultats + une proposition", "Merci pour vos réponses ! D'après elles, vous pourriez économiser sur votre énergie : notre partenaire courtier "
          "vous propose une renégociation de contrat. Puis-je vous appeler demain pour en parler ? Les résultats de l'étude suivront.", (4, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Cédric Fayolle", "Maître d'hôtel | Formateur service en salle", "Lyon",
  ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill} 😉 Tu pourrais me rendre la pareille pour Service en salle et Formation ? "
          "Je monte mon activité de formateur, ça m'aiderait bien."))
P("endorse_me_back", "it", "Marco Pellegrini", "Chef consulente | Cucina italiana in Francia", "Nice",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho dato un paio di conferme di competenze. Se ti va, ricambia con Cucina italiana e Consulenza ristorazione? Grazie mille!"))
P("endorse_me_back", "en", "Rachel Dunmore", "Pastry Chef | Freelance | Available for pop-ups", "Lyon",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} this morning! Would be amazing if you could endorse me for Pastry and Menu Development - "
          "applying for a head pastry role and the profile matters."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Franck Lhermitte", "Directeur commercial | Linge & Co – location de linge CHR", "Vénissieux",
  ("inv", "Bonjour, je souhaiterais vous présenter nos offres de location-entretien de nappes et tenues pour votre établissement."),
  ("rem",),
  ("inm", "Sans nouvelles", "Bonjour, trois relances sans la moindre réponse. Je ne sais pas comment vous gérez vos fournisseurs mais avec les clients "
          "j'espère que vous êtes plus poli. Vraiment pas sérieux pour un chef d'entreprise."))
P("hostility_after_decline", "en", "Brett Salinger", "Founder | FiveStarFix reputation management", "Austin",
  ("inv", "Alex, want to make those bad Google reviews disappear? DM me."),
  ("inm", "Your loss", "Guess you like your 3.9 rating. Restaurant owners like you are exactly why half of you close in year two. Don't come crying when you do."))
P("hostility_after_decline", "de", "Uwe Kramm", "Gebietsleiter | Gastro-Einrichtung Süd", "Stuttgart",
  ("inv", DEFAULT),
  ("inm", "Unhöflich", "Guten Tag, ich hatte Ihnen eine Kontaktanfrage geschickt und keine Antwort erhalten. In Deutschland nennt man so etwas unhöflich. "
          "Man kann auch kurz ablehnen. Schönen Tag noch."))
P("hostility_after_decline", "es", "Jordi Puigvert", "Cocinero | buscando trabajo en Francia", "Perpignan",
  ("inv", "Hola, soy cocinero y busco trabajo en Lyon, ¿tienes algo?"),
  ("rem",),
  ("inm", "vaya", "Ni un no me has contestado. Mucho hablar de la familia de la hostelería y luego tratáis a los cocineros como basura. Que te vaya bonito."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Gilles Chabanne", "Gérant | Boucherie Chabanne – viandes pour la restauration", "Saint-Priest",
  ("msg", "Bonjour Alex, je vous renvoie la facture d'août (1 842 € TTC), on en est à 45 jours. Merci de régulariser rapidement, sinon je bloque les livraisons."),
  ("msg", "Bien reçu votre virement. Pour la suite je vous propose notre nouvelle grille tarifaire, en hausse de 6 % au 1er octobre."),
  ("msg", "Donc vous passez chez un concurrent après tout ce que j'ai fait pour vous, les délais de paiement que je vous ai laissés, les livraisons le dimanche. "
          "Belle mentalité. Vous êtes un mauvais payeur et un ingrat, et je vais le faire savoir dans la profession.", (3, 8)))
P("hostility_connection", "en", "Darren Whitlow", "City Launcher | LivrEat UK & France", "Lyon",
  ("msg", "Hi Alex, following up on LivrEat - we'd love you on the platform for the Lyon launch. Can I put you down for onboarding next week?"),
  ("msg", "Alex, you said no thanks, fine, but let me be blunt: in two years the restaurants that refused delivery will be gone. "
          "Honestly it's a bit arrogant to think your little bistro is above it. Your call, but don't be naive."))
P("hostility_connection", "it", "Sergio Balestra", "Rappresentante | Formaggi DOP per la ristorazione", "Parma",
  ("msg", "Ciao Alex, come d'accordo ti mando le condizioni per il Parmigiano 30 mesi e il Gorgonzola: minimo 10 kg, consegna ogni 15 giorni."),
  ("msg", "Ho capito che hai scelto un altro fornitore. Potevi dirmelo in faccia invece di sparire, dopo che ti ho portato i campioni fino a Lione a mie spese. "
          "Non si fa così, è da poco professionali.", (4, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Laurent Brossard", "Conseiller patrimonial | spécialiste des TNS et commerçants", "Lyon",
  ("msg", "Bonjour Alex, en tant que chef d'entreprise vous êtes sans doute mal couvert côté retraite. Je propose un bilan patrimonial offert, 45 minutes. Quand seriez-vous disponible ?"),
  ("msg", "Alex, dernière ligne droite pour défiscaliser en 2019 avec un PER. Je vous réserve un créneau avant fin octobre ?"))
P("connection_only_pitches", "en", "Tyler Brooks", "Partnerships | TablePilot", "Dublin",
  ("msg", "Hi Alex, hope service is going well! Just checking whether you had a chance to look at TablePilot - we have an autumn offer, 3 months free."),
  ("msg", "Alex, last call on the autumn offer - happy to do a 15-minute screen share any afternoon this week."),
  ("msg", "Hi again! We just launched gift vouchers in TablePilot, perfect for Christmas. Want a demo?"))
P("connection_only_pitches", "fr", "Noémie Favre", "Commerciale | Vinéo Distribution – vins pour CHR", "Mâcon",
  ("msg", "Bonjour Alex, arrivage de beaujolais nouveau en précommande, tarif CHR à 5,20 € HT la bouteille jusqu'au 10/10. Je vous en mets combien ?"),
  ("msg", "Re-bonjour, il me reste quelques cartons de Morgon Côte du Py 2017, prix dégressif à partir de 24 bouteilles. Ça vous intéresse pour la carte d'hiver ?"))
P("connection_only_pitches", "es", "Marina Esteve", "Key Account | Aceites Esteve – AOVE para hostelería", "Jaén",
  ("msg", "Hola Alex, te escribo para ofrecerte nuestro aceite de oliva virgen extra en garrafa de 5 L para cocina, precio especial para restaurantes franceses."),
  ("msg", "Alex, acabamos de sacar la cosecha temprana. ¿Te mando una caja de muestra y hablamos de un pedido mensual?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Arnaud Blanchet", "Fromager affineur | Fromagerie des Monts du Lyonnais", "Saint-Martin-en-Haut",
  ("msg", "Bonjour Alex, on a maintenant une tournée de livraison le mardi sur la Croix-Rousse. Si vous voulez tester notre saint-marcellin et le plateau de fromages pour la carte, "
          "je vous fais un prix pour le premier mois."))
P("single_pitch", "de", "Stefan Ruhland", "Key Account Manager Gastronomie | Kassensysteme", "Karlsruhe",
  ("msg", "Hallo Alex, kurze Info: Unser Kassensystem gibt es jetzt auch mit französischer NF525-Zertifizierung. Wenn Sie umsteigen möchten, melden Sie sich gern."))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Sébastien Rouvière", "Chef-propriétaire | La Table de Seb", "Lyon",
  ("msg", "Salut Alex, suite à notre discussion sur les légumes : le maraîcher de Saint-Genis dont je te parlais livre maintenant le 4e le mercredi. "
          "Je te mets son numéro en dessous, dis-lui que tu viens de ma part, il garde les beaux produits pour ses habitués."),
  ("msg", "Au fait, l'Umih fait une réunion gratuite le 14 sur le nouveau contrôle de la traçabilité allergènes. J'y vais, je te garde une place si tu veux."))
P("connection_brings_value", "fr", "Émilie Drevon", "Journaliste | Le Progrès – Lyon & agglomération", "Lyon",
  ("msg", "Bonjour Alex, le papier sur les bouchons de la Croix-Rousse sort samedi dans Le Progrès, je vous envoie le lien dès qu'il est en ligne. "
          "Merci encore pour le temps passé, la photo de votre équipe est superbe."))
P("connection_brings_value", "fr", "Nadia Qureshi", "Head Sommelier | Hotel restaurant, Lyon Presqu'île", "Lyon",
  ("msg", "Alex - as promised, the list of small Beaujolais growers who still sell direct to restaurants, with who to ask for at each. "
          "Two of them are doing open cellar days for trade in October, free, worth going."), nl="en")
P("connection_brings_value", "it", "Paola Grimaldi", "Chef | Docente di cucina | Trattoria Grimaldi", "Bologna",
  ("msg", "Ciao Alex! Ti mando come promesso la ricetta della nostra sfoglia per i tortellini, con le dosi per 60 coperti. "
          "Se passi da Bologna vieni in cucina con noi una mattina, ti faccio vedere come la tiriamo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Caroline Pestre", "Talent Acquisition | Groupe Brasseries du Rhône", "Lyon",
  ("inm", "Poste de directeur d'exploitation – 3 brasseries", "Bonjour Alex, je recrute pour notre groupe un directeur d'exploitation pour trois brasseries "
          "sur Lyon (CDI, 55-60 k€ + variable). Votre expérience de propriétaire-exploitant colle parfaitement. Seriez-vous ouvert à en discuter en toute confidentialité ?"))
P("stranger_inmail_recruiter", "en", "James Whitaker", "Executive Recruiter, Hospitality | Harlow & Finch", "Geneva",
  ("inm", "F&B Director role - Geneva lakeside hotel", "Hi Alex, I'm retained by a five-star hotel in Geneva to find an F&B Director who has run their own restaurant. "
          "Package around CHF 150k. Happy to share details if the timing is ever right for you."))
P("stranger_inmail_recruiter", "de", "Sabine Lechner", "Personalberatung Hotellerie & Gastronomie", "Wien",
  ("inm", "Küchendirektor gesucht – Wien", "Guten Tag Alex, für ein traditionsreiches Wiener Restaurant suche ich einen Küchendirektor mit französischem Hintergrund. "
          "Ich würde mich freuen, Ihnen die Position vertraulich vorzustellen."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Romain Esteban", "Consultant e-réputation | AvisNet", "Marseille",
  ("inm", "Vos avis Google", "Bonjour Alex, votre note Google est de 4,1 avec 12 avis négatifs récents. Nous faisons supprimer les avis abusifs en 72 h, "
          "à partir de 49 € par avis. Je vous envoie notre offre ?"))
P("stranger_inmail_sales", "en", "Chloe Hendricks", "Partner Success | Dinely delivery", "Amsterdam",
  ("inm", "Dinely is coming to Lyon", "Hi Alex, Dinely launches in Lyon next month and we're hand-picking 30 founding restaurants. Founding partners get 0% commission "
          "for 6 weeks. 10 minutes on the phone this week?"),
  ("inm", "Founding partner spots", "Hi Alex, just 6 founding spots left in Lyon. Shall I hold one for you?"))
P("stranger_inmail_sales", "it", "Federica Russo", "Business Development | Caffè Torrefazione Russo", "Napoli",
  ("inm", "Caffè napoletano per il suo bistrot", "Buongiorno, offriamo ai ristoranti francesi la nostra miscela in comodato d'uso con macchina professionale inclusa. "
          "Le interessa una prova gratuita di un mese?"))
P("stranger_inmail_sales", "es", "Diego Carrasco", "Director comercial | Jamones Carrasco", "Guijuelo",
  ("inm", "Jamón ibérico para su carta", "Buenos días Alex, somos productores de jamón ibérico de bellota y buscamos restaurantes en Lyon. "
          "Le ofrecemos una paleta de muestra con su primer pedido. ¿Le envío tarifas?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Virginie Sautel", "Restauratrice | 2 adresses à Villeurbanne | Fondatrice \"Bistrots d'ici\"", "Villeurbanne",
  ("inv", "Bonjour Alex, je tiens deux bistrots à Villeurbanne. J'ai un tableau de tous nos fournisseurs locaux avec les prix 2019, je le partage volontiers entre collègues. "
          "Ça peut t'intéresser ?"),
  ("msg", "Voilà le tableau, avec les contacts et les jours de livraison. Garde-le pour toi et tes équipes, c'est fait pour ça."),
  ("msg", "Alex, je développe le concept \"Bistrots d'ici\" en licence de marque : 15 000 € d'entrée et 4 % du CA, on s'occupe du référencement fournisseurs "
          "et de la com. Ton resto serait parfait. On en parle autour d'un café ?", (8, 14)))
P("good_turns_ugly", "en", "Ben Carraway", "Food blogger | The Hungry Expat | Lyon", "Lyon",
  ("inv", "Hi Alex, I had dinner at yours last Friday - the pike quenelle was ridiculous. I'd love to write it up on my blog, could I ask you a couple of questions about the dish?"),
  ("msg", "Here's the post, it went live this morning! Thanks for the time and the story about your grandmother's recipe."),
  ("end",),
  ("msg", "Hey Alex! I endorsed you for {skill} - could you endorse me back for Food Writing and Social Media? Trying to get more brand work."))
P("good_turns_ugly", "de", "Florian Weiß", "Koch | Gründer Kochnetzwerk Rhein-Rhône", "Basel",
  ("inv", "Hallo Alex, ich organisiere einen kostenlosen Austausch für Köche zwischen Basel und Lyon: Praktikumsplätze für junge Köche, gegenseitige Besuche. "
          "Haben Sie Interesse?"),
  ("msg", "Danke! Anbei die Liste der teilnehmenden Betriebe in Basel, vielleicht ist für Ihren Commis etwas dabei."),
  ("msg", "Hallo Alex, kleine Neuigkeit: Ich vertreibe jetzt auch Schweizer Küchentechnik (Kombidämpfer). Darf ich Ihnen ein Angebot machen? "
          "Für Netzwerkmitglieder 8 % Rabatt.", (6, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Nicolas Ferrand", "Commercial | LivrEat Lyon", "Lyon",
  ("inm", "Partenariat livraison", "Bonjour Alex, je me permets de vous recontacter pour un partenariat LivrEat. Nos restos partenaires font +22 % de CA en moyenne. Un rdv de 15 min ?"),
  ("inv", "Bonjour Alex, j'aimerais simplement rejoindre votre réseau, j'aime beaucoup ce que vous faites pour le quartier."))
P("reinvite_known_bad", "it", "Simona Rinaldi", "Agente | Vini e distillati", "Verona",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti a Vinitaly? Mi farebbe piacere restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Carl Hutchins", "Growth Hacker | Restaurant Marketing", "Leeds",
  ("inv", "Alex, your Instagram is underperforming. I can triple your covers in 60 days. Interested?"),
  ("inm", "Seriously?", "Ignoring me won't fix your empty Tuesdays. Typical old-school owner, too proud to take help. Good luck with that."),
  ("inv", "Hey Alex, fresh start? Would be great to connect."))
P("reinvite_known_ugly", "fr", "Karim Saadi", "Fondateur | Club Gastronomes Lyon", "Lyon",
  ("inm", "Invitation Club Gastronomes", "Bonjour Alex, je vous invite à rejoindre gratuitement notre club de passionnés de gastronomie lyonnaise. Un dîner par mois dans un restaurant membre."),
  ("inm", "Club Gastronomes – adhésion restaurateur", "Merci pour votre intérêt ! Pour être référencé comme restaurant du club, la cotisation est de 1 200 € par an, "
          "avec un dîner organisé chez vous. Je vous envoie le bon de commande ?"),
  ("inv", "Bonjour Alex, je serais ravi de vous compter dans mon réseau."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Hélène Mazet", "Directrice commerciale | Maison Mazet – torréfacteur", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Content qu'on se soit croisés au marché. Si vous voulez revoir votre café, je vous propose une dégustation "
          "et un tarif CHR, machine en prêt incluse. On se cale ça ?"))
P("user_invited_pitch_once", "en", "Owen Pritchard", "Sales Director | Kitchen Display Systems, Europe", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Since you asked about kitchen screens at the trade show: our KDS starts at €39/month per screen. Want a quote?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Jérôme Vidal", "Fondateur | SmartStock – gestion des stocks pour restaurants", "Lyon",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation après le salon ! SmartStock réduit le gaspillage de 30 % en moyenne. Je vous propose un essai gratuit de 14 jours ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : l'essai est toujours possible et j'ai une remise de 25 % pour les inscriptions avant novembre."))
P("user_invited_pitch_twice", "es", "Carmen Aguado", "Export | Bodegas Aguado – Rioja", "Logroño",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como hablamos en Lyon, te adjunto la tarifa de restauración para Francia. El crianza sale a 7,90 € la botella."),
  ("msg", "Hola Alex, ¿pudiste ver la tarifa? Si haces el pedido este mes te regalamos 6 botellas del reserva."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Bernard Collonges", "Ancien restaurateur | Bénévole chez SOS Restaurateurs", "Lyon",
  ("acc",),
  ("msg", "Merci de m'avoir ajouté, Alex. Pour votre histoire de retard de paiement avec le boucher : voici le modèle d'échéancier qu'on utilise à l'association, "
          "et le numéro du médiateur des entreprises, c'est gratuit. Appelez-moi si besoin."))
P("user_invited_value", "it", "Lorenzo Tassi", "Chef | Consulente menu | Autore \"Cucina di recupero\"", "Milano",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Ti giro la scheda che usiamo per il calcolo del food cost, è un foglio semplice, usalo pure con la tua brigata."))
P("user_invited_value", "en", "Grace Okonkwo", "Restaurant consultant | ex-Ottolenghi | Mentor, Women in Hospitality", "London",
  ("acc",),
  ("msg", "Lovely to connect, Alex. Following our chat about staff turnover: here's the onboarding checklist we built for front-of-house, free to use. "
          "And the Women in Hospitality mentoring programme is open again, no cost, if anyone on your team would like a mentor."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Pierre-Yves Jacquemet", "Directeur | Les Halles de Lyon Paul Bocuse", "Lyon", ("acc",))
P("acceptance_only", "de", "Anja Hollweg", "Sommelière | Weinbar Hollweg", "Köln", ("acc",))
P("lone_endorsement", "fr", "Manon Tissot", "Ancienne serveuse | Étudiante BTS hôtellerie", "Lyon", ("end",))
P("lone_endorsement", "es", "Iñaki Lasa", "Cocinero | ex-commis", "Bilbao", ("end",))


# =============================================================== more voices
P("good_invitation", "fr", "Odile Brunet-Sarrazin", "Présidente du jury | Concours du meilleur tablier de sapeur", "Lyon",
  ("inv", "Bonjour Alex, je préside le jury du concours du meilleur tablier de sapeur (novembre, mairie du 4e). On cherche un restaurateur du quartier pour le jury, "
          "bénévole, repas des jurés offert. Ça vous tenterait ?"),
  ("rem",))
P("sales_invitation", "fr", "Yohan Marchetti", "Expert e-réputation | Suppression d'avis négatifs | +300 restaurants accompagnés", "Nice",
  ("inv", "Bonjour Alex, un avis injuste peut vous coûter 10 % de CA. Nous faisons retirer les faux avis Google et TripAdvisor, forfait dès 290 €. Je vous explique en 10 min ?"))
P("connection_brings_value", "es", "Begoña Arrieta", "Chef | Restaurante Arrieta | Profesora en Basque Culinary Center", "San Sebastián",
  ("msg", "¡Hola Alex! Te paso el contacto del pescadero de Saint-Jean-de-Luz que te dije, manda a Lyon dos veces por semana. "
          "Y si quieres mandar a alguien de tu equipo a la jornada abierta del Basque Culinary Center en noviembre, es gratis, te reservo plaza."))
P("single_pitch", "en", "Aaron Whitfield", "Regional Manager France | QuickCrate delivery", "Paris",
  ("msg", "Hi Alex, hope all's well since we met at Sirha. QuickCrate now covers Lyon 4e, and we've dropped commission to 22% for independents. Keen to sign you up if you're interested."))
P("stranger_inmail_recruiter", "it", "Valentina Orsini", "HR Manager | Gruppo Ristorazione Orsini", "Milano",
  ("inm", "Cerchiamo un direttore per il nostro bistrot a Parigi", "Buongiorno Alex, apriamo a Parigi un bistrot franco-italiano e cerchiamo un direttore "
          "con esperienza da titolare. Contratto a tempo indeterminato, alloggio per i primi tre mesi. Le andrebbe una chiamata conoscitiva?"))
P("user_invited_value", "de", "Markus Eberhard", "Küchenchef | Dozent Hotelfachschule Heidelberg", "Heidelberg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie besprochen schicke ich Ihnen unseren HACCP-Leitfaden (auf Französisch übersetzt) – "
          "nehmen Sie ihn gern für Ihre Küche. Und wenn Ihr Commis ein Praktikum in Deutschland machen will: Wir vermitteln kostenlos."))
P("connection_only_pitches", "it", "Nicola Barbieri", "Consulente marketing per ristoranti | Social & Google Ads", "Lyon",
  ("msg", "Ciao Alex! Ho dato un'occhiata al tuo Instagram: belle foto ma pochi follower. Con un pacchetto da 390 €/mese ti porto 50 prenotazioni in più. Ti interessa?"),
  ("msg", "Alex, ti mando il caso studio di una trattoria di Villeurbanne che abbiamo seguito: +40 % di coperti. Ci sentiamo questa settimana?"))
P("good_invitation", "fr", "Tom Lefebvre", "Student, Hospitality Management | Glion Institute", "Montreux",
  ("inv", "Hello Alex, I'm a second-year hospitality student doing my thesis on how independent bistros survive the delivery apps. "
          "Could I interview you for 30 minutes, by phone or in person? I'll share the finished thesis with you."),
  nl="en")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Boucherie Chabanne", "compta@boucherie-chabanne.example.fr", "Relance facture n°2019-0812",
     "Bonjour,\n\nSauf erreur de notre part, la facture n°2019-0812 reste impayée. Je vous ai aussi écrit sur LinkedIn.\n\nCordialement,\nG. Chabanne", "fr"),
    ("TablePilot", "news@tablepilot.example.com", "Your September reservations report",
     "Hi Alex,\n\nYou had 412 online bookings in September and 9 no-shows. Follow us on LinkedIn for product news.", "en"),
    ("Umih Rhône", "contact@umih69.example.fr", "Réunion d'information allergènes – 14 octobre",
     "Madame, Monsieur,\n\nNous vous invitons à notre réunion gratuite sur la traçabilité des allergènes. Inscriptions par retour de mail. Suivez-nous sur LinkedIn.", "fr"),
    ("Lucía Navarro", "lucia.navarro.sala@example.es", "CV camarera – Lucía Navarro",
     "Hola Alex,\n\nte envié una solicitud por LinkedIn, pero por si acaso te adjunto mi CV aquí.\n\nUn saludo,\nLucía", "es"),
    ("Hannah Kowalczyk", "hannah@eatinglyon.example", "Questions for the bouchon piece",
     "Hi Alex,\n\nhere are the five questions I mentioned in my LinkedIn note. No rush, end of the month is fine.\n\nHannah", "en"),
    ("Cantina Vaccari", "export@cantinavaccari.example.it", "Listino Francia 2019",
     "Gentile cliente,\n\nin allegato il listino ristorazione Francia. Ci trovi anche su LinkedIn e Instagram.", "it"),
    ("Comptable – Cabinet Berthet", "secretariat@berthet-expertise.example.fr", "TVA septembre et point trésorerie",
     "Bonjour Alex,\n\nmerci de nous transmettre les relevés de septembre. Au passage : méfiez-vous des offres de « suppression d'avis » reçues via LinkedIn, "
     "deux de nos clients restaurateurs se sont fait avoir.", "fr"),
    ("Weinbar Hollweg", "anja@weinbar-hollweg.example.de", "Danke für den Abend!",
     "Lieber Alex,\n\ndanke nochmal für das Essen, wir sind jetzt auch auf LinkedIn verbunden. Bis bald in Köln!\n\nAnja", "de"),
]

# the older (2016) layout for about one person in five; the rest in the newer one
OLD_LAYOUT = {"Régis Montagnon", "Kevin Dumoulin", "Patrick Sauzet", "Franck Lhermitte", "Laurent Brossard", "Arnaud Blanchet", "Caroline Pestre",
              "Virginie Sautel", "Roberto Vaccari", "Noémie Favre", "Bernard Collonges", "Sergio Balestra", "Hélène Mazet"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev171 corpus. Generated by scripts/make_corpus_dev171.py (seed {SEED}); do not edit by hand.",
          "# September and October 2019 of the owner of a Lyon bistro: food and wine suppliers, POS, booking and delivery vendors, review-removal "
          "services, cooks and waiters applying, peer restaurateurs, journalists and food bloggers; French, English, some Italian, Spanish and German. "
          "Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li171(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2019), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories171(cs.EraStories):
    """Stories inside September and October 2019: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li171(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev171")
    args = ap.parse_args()
    check_notes()
    c = Stories171(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(13)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
