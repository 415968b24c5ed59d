#!/usr/bin/env python3
"""Write mailbot's dev207 corpus: tests/corpus/dev207/*.eml + expected.toml.

The angle: two ordinary months of 2025 (September and October) of Alex, general manager of a
four-star hotel in Nice. Booking-engine, revenue-management, channel-manager and linen sellers;
travel agents, wedding planners and congress organisers asking for group rates (buyers, so good);
staff applying for jobs; other hoteliers sharing tips and free workshops; paid "best hotel"
awards; influencers wanting free stays; a linen supplier who turns rude after being replaced.
French, English, Italian, some German and Spanish.

Mechanics come from scripts/make_corpus.py through scripts/corpus_stories.py; the world tables
(skills, jobs, headlines, spoof pitches) are swapped in this process only. Notes were written
from shared/taxonomy.md alone. Deterministic (seeded).

    python scripts/make_corpus_dev207.py              # writes tests/corpus/dev207
    python scripts/make_corpus_dev207.py --out DIR
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250907

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2025, 9, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2025, 10, 31, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (4, 9), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (2, 8), "inv": (14, 22)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a Nice hotel's world (this process only)
SKILLS = {
    "en": ["Hotel Management", "Revenue Management", "Hospitality", "Guest Experience", "Team Leadership"],
    "de": ["Hotelmanagement", "Revenue Management", "Gastgewerbe", "Gästebetreuung"],
    "fr": ["Hôtellerie", "Revenue management", "Gestion hôtelière", "Expérience client", "Management d'équipe"],
    "es": ["Gestión hotelera", "Revenue management", "Hostelería", "Experiencia del cliente"],
    "it": ["Hotel management", "Revenue management", "Ospitalità", "Customer experience"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Directeur d'hôtel H/F", "Hôtel Baie des Anges"), ("Hotel General Manager", "Riviera Collection"),
              ("Directeur des opérations hôtelières", "Groupe Estérel Hôtels"), ("Revenue Manager", "Palais Masséna"),
              ("Resort Manager", "Monte Carlo Seaside")]
mc.COMPANIES["good"] = ["Hôtel Baie des Anges", "UMIH 06", "Riviera Collection", "Nice Côte d'Azur Convention Bureau", "École hôtelière de Nice",
                        "Palais Masséna"]
mc.COMPANIES["sales"] = ["BookFlow Engine", "YieldPilot", "ChannelOne", "LinRiviera Blanchisserie", "GuestBot AI", "StarHotel Awards"]
mc.HEADLINES["good"] = ["General Manager at {co}", "Directrice commerciale | {co}", "Chef de réception, {co}", "Revenue Manager | {co}",
                        "Event planner | {co}"]
mc.HEADLINES["sales"] = ["Account Executive Hospitality | {co}", "Business Developer Hôtellerie @ {co}", "Founder & CEO at {co}",
                         "Helping hotels grow direct bookings | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a guest left a complaint about your hotel on our shared board. Sign in here to respond before it goes public.",
           "Dear {first}, your property listing is suspended. Log in to confirm your bank details."],
    "de": ["Hallo {first}, ein Gast hat eine Beschwerde über Ihr Hotel geteilt. Bitte hier anmelden, um sie zu lesen.",
           "Guten Tag {first}, Ihr Hotelprofil wurde gesperrt. Bitte bestätigen Sie Ihre Bankdaten."],
    "fr": ["Bonjour {first}, un client a publié une réclamation sur votre hôtel. Connectez-vous ici pour y répondre.",
           "Bonjour {first}, votre fiche établissement est suspendue. Confirmez vos coordonnées bancaires pour la réactiver."],
    "es": ["Hola {first}, un huésped ha compartido una queja sobre tu hotel. Inicia sesión para responder.",
           "Estimado/a {first}, su alojamiento ha sido suspendido. Confirme sus datos bancarios."],
    "it": ["Ciao {first}, un ospite ha condiviso un reclamo sul tuo hotel. Accedi qui per rispondere.",
           "Gentile {first}, la sua struttura è stata sospesa. Confermi i dati bancari per riattivarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Caillol", "Directrice des ventes | Agence Azur Séminaires", "Marseille",
  ("inv", "Bonjour Alex, je monte le séminaire annuel d'un labo pharma, 85 personnes, 3 nuits mi-novembre. Votre hôtel est sur ma shortlist, "
          "vous pourriez m'envoyer un tarif groupe avec salle plénière ? Merci !"),
  ("rem",))
P("good_invitation", "en", "Rebecca Thornley", "Wedding planner | Thornley & Rose Weddings", "London",
  ("inv", "Hi Alex! I have a couple from Surrey set on a Nice wedding next June, around 60 guests staying 3 nights. Could you quote a room block "
          "and tell me if the rooftop can be privatised for the dinner?"))
P("good_invitation", "it", "Chiara Landolfi", "Receptionist | Hotel Villa Flora, Sanremo", "Sanremo",
  ("inv", "Buongiorno, ho visto che cercate un/una receptionist trilingue per la stagione invernale. Parlo italiano, francese e inglese, "
          "quattro anni di front office. Posso inviarle il CV?"))
P("good_invitation", "fr", "Olivier Bensaïd", "Directeur général | Hôtel Les Pins d'Antibes", "Antibes",
  ("inv", "Salut Alex, on est voisins de palier sur la Côte 🙂 Je réunis 6-7 directeurs d'hôtels indépendants une fois par trimestre, "
          "autour d'un café, pour comparer nos chiffres de saison et nos galères de recrutement. Gratuit, juste entre nous. Ça te dit ?"),
  ("rem",))
P("good_invitation", "de", "Katrin Ebersbach", "Gruppenreisen | Sonnenland Reisen GmbH", "Stuttgart",
  ("inv", "Guten Tag, wir planen für April 2026 eine Busreise an die Côte d'Azur, 42 Personen, 4 Nächte. Könnten Sie uns ein Gruppenangebot "
          "mit Halbpension schicken? Vielen Dank!"))
P("good_invitation", "es", "Marina Quesada", "Organizadora de congresos | Meeting Point Barcelona", "Barcelona",
  ("inv", "Hola Alex, estamos buscando hotel en Niza para un congreso médico en marzo (120 participantes). ¿Nos podrías pasar tarifas de grupo "
          "y disponibilidad de salas? Gracias."))
P("good_invitation", "fr", "Yanis Haddad", "Étudiant BTS Management hôtellerie | Lycée Paul Augier", "Nice",
  ("inv", "Bonjour Monsieur, je suis en BTS MHR et je cherche un stage de 8 semaines en réception à partir de janvier. Votre hôtel me plairait "
          "beaucoup. Puis-je vous envoyer ma candidature ?"))
P("good_invitation", "en", "Aoife Brennan", "Director of Sales | Nice Côte d'Azur Convention Bureau", "Nice",
  ("inv", "Hello Alex, we're running a free fam trip for UK incentive buyers on 14 October and would love to include a site visit at your hotel. "
          "No cost to you, just an hour of your team's time. Happy to explain more."))

# =============================================================== default_invitation
P("default_invitation", "fr", "Fabrice Moulin", "Consultant hôtellerie | Optimisation des revenus", "Cannes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Nathan Cole", "Hospitality Tech | SaaS Sales", "Dublin", ("inv", NONOTE))
P("default_invitation", "it", "Roberta Sanna", "Commerciale | Forniture alberghiere", "Genova", ("inv", DEFAULT))
P("default_invitation", "de", "Uwe Kessler", "Vertrieb Hotellerie | Wäschereitechnik", "Augsburg", ("inv", DEFAULT), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brooks", "Account Executive EMEA | BookFlow Engine", "Amsterdam",
  ("inv", "Hi Alex, hotels on the Riviera using BookFlow saw direct bookings jump 27% in one summer and paid way less OTA commission. "
          "Got 20 min next week so I can walk you through it?"))
P("sales_invitation", "fr", "Julie Perrotin", "Business Developer | LinRiviera Blanchisserie", "Grasse",
  ("inv", "Bonjour Alex, nous sommes blanchisseurs pour une trentaine d'hôtels entre Menton et Saint-Raphaël. Je peux vous faire un devis linge "
          "plat + éponge en 48h, sans engagement. On se cale un rdv ?"),
  ("rem",))
P("sales_invitation", "it", "Davide Rinaldi", "Sales Manager Italia & Francia | YieldPilot", "Milano",
  ("inv", "Ciao Alex, il nostro RMS fissa le tariffe in automatico ogni ora. In media +11% di RevPAR. Ti va una demo di 15 minuti?"))
P("sales_invitation", "fr", "Cédric Vaillant", "Fondateur | StarHotel Awards France", "Paris",
  ("inv", "Félicitations Alex ! Votre établissement est présélectionné pour le titre « Meilleur hôtel boutique Côte d'Azur 2025 ». "
          "Le pack lauréat (trophée, logo, communiqué) est à 1 490 € HT. Je vous envoie le dossier ?"))
P("sales_invitation", "en", "Jade Laurent", "Lifestyle creator | 180k on Instagram | Travel & Luxury", "Paris",
  ("inv", "Hey Alex! ✨ I'd love to feature your hotel in a reel + 5 stories for my 180k followers. In exchange I'd need 3 nights in a sea-view suite "
          "for me and my partner, meals included. Let's collab? 💛"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégory Ferrand", "Animateur | Club des Hôteliers Indépendants du Sud", "Toulon",
  ("inv", "Bonjour Alex, je lance un club d'échange entre hôteliers indépendants de la région : retours d'expérience, bonnes adresses, entraide. "
          "Aucune cotisation. Vous nous rejoignez ?"),
  ("msg", "Merci d'avoir accepté ! Petite info : je suis aussi partenaire de ChannelOne, le channel manager que la moitié du club utilise. "
          "Je peux vous faire une offre -30 % la première année si on s'appelle cette semaine.", (3, 8)),
  ("msg", "Alex, je me permets de relancer pour ChannelOne, l'offre club se termine vendredi. Un créneau mardi 10h ?", (5, 10)))
P("bait_and_switch_invitation", "en", "Marcus Webb", "Hospitality Growth Advisor | Ex-Marriott", "Manchester",
  ("inv", "Alex, I put together a free 20-page guide on winning back direct bookings from Booking.com, written for independent GMs. "
          "Happy to send it over, no strings."),
  ("msg", "Hope the guide was useful! We actually implement all of that for hotels as a done-for-you service, from €1,900/month. "
          "Could we book a discovery call so I can show you the numbers?", (4, 9)))
P("bait_and_switch_invitation", "it", "Federica Colombo", "Revenue manager | Community Revenue Italia-Francia", "Torino",
  ("inv", "Ciao Alex, anche tu fai revenue? Ho una domanda da collega: come gestite il minimum stay nei weekend di eventi al Palais? "
          "Noi a Torino impazziamo ogni volta."),
  ("msg", "Grazie mille per la risposta! Ti dico la verità, sto lanciando una consulenza revenue in outsourcing per hotel indipendenti, "
          "con fee mensile. Ti mando una proposta su misura?", (3, 9)))
P("bait_and_switch_invitation", "de", "Stefan Rothmeier", "Gründer | Hoteliers Circle Europe", "München",
  ("inv", "Hallo Alex, wir sind ein kleiner Kreis von Hoteldirektoren aus Deutschland, Frankreich und Italien. Einmal im Monat ein Online-Austausch "
          "unter Kollegen, ganz ohne Verkauf. Lust dabei zu sein?"),
  ("msg", "Schön, dass Sie dabei sind! Für Mitglieder gibt es exklusiv unsere Gäste-App GuestBot AI, 199 € im Monat statt 290 €. "
          "Darf ich Ihnen eine kurze Demo zeigen?", (2, 7)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priya Raman", "Hospitality researcher | Guest Experience Lab", "London",
  ("inm", "Quick survey for Riviera GMs?", "Hi Alex, I'm studying how independent hotels on the Riviera handle late check-out requests. "
          "Would you answer 5 short questions? I'll share the anonymised results with every GM who takes part."),
  ("inm", "Your tailored report is ready", "Thanks again Alex. Based on your answers, our GuestBot AI concierge could save your front desk 14 hours a week. "
          "The licence is €249/month; shall I set up a trial and a call with our sales lead?", (3, 8)))
P("bait_and_switch_inmail", "fr", "Hélène Rostagni", "Présidente | Association Tourisme Durable Riviera", "Menton",
  ("inm", "Label tourisme durable : invitation", "Bonjour Alex, notre association accompagne gratuitement les hôtels de la Riviera vers des pratiques plus "
          "durables. Seriez-vous d'accord pour un premier échange ?"),
  ("inm", "Suite : audit énergétique", "Bonjour Alex, pour obtenir le label il faut passer par notre audit énergétique partenaire (3 900 € HT). "
          "Je vous envoie le bon de commande ?", (4, 9)))
P("bait_and_switch_inmail", "es", "Jorge Benítez", "Fundador | Red de Hoteleros Independientes", "Málaga",
  ("inm", "Comunidad de hoteleros independientes", "Hola Alex, estamos creando una red europea de directores de hoteles independientes para compartir "
          "buenas prácticas. ¿Te apetece participar?"),
  ("inm", "Propuesta para tu hotel", "Hola de nuevo. Como miembro fundador te ofrezco nuestro motor de reservas con un 40% de descuento el primer año. "
          "¿Agendamos una demo?", (3, 7)))

# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Laetitia Ghiglione", "Consultante RH hôtellerie | Coach", "Nice",
  ("end",), ("msg", "Coucou Alex, je t'ai recommandé(e) pour le {skill}, avec plaisir ! Tu pourrais me rendre la pareille en validant "
                    "« Recrutement » et « Coaching » sur mon profil ? Ça m'aiderait beaucoup. Merci d'avance !"))
P("endorse_me_back", "en", "Darren Fitzgerald", "F&B Consultant | Speaker", "Cork",
  ("end",), ("end",), ("msg", "Alex, endorsed you for a couple of things this week. Mind returning the favour for Food & Beverage and Menu Engineering? Cheers!"))
P("endorse_me_back", "it", "Gianluca Mercuri", "Sommelier | Formatore", "Ventimiglia",
  ("end",), ("msg", "Ciao Alex! Ti ho confermato la competenza {skill}. Se ti va di ricambiare con 'Vino' e 'Formazione' sul mio profilo te ne sono grato 🍷"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Thierry Barral", "Gérant | Barral Linge Pro (ex-fournisseur)", "Cagnes-sur-Mer",
  ("inv", "Alex, suite à votre décision de changer de blanchisseur, j'aimerais qu'on en parle, je pense qu'il y a eu un malentendu sur les délais."),
  ("rem",),
  ("inm", "Sans réponse", "Donc après 6 ans de service vous ne daignez même pas répondre. Franchement c'est minable, et c'est pas très pro pour un directeur. "
          "Ne venez pas pleurer quand votre nouveau prestataire vous lâchera en plein août."))
P("hostility_after_decline", "en", "Brad Hensley", "VP Sales | YieldPilot", "Austin",
  ("inv", "Hi Alex, I'd like to show you how YieldPilot can lift your RevPAR this winter."),
  ("inm", "Really?", "Ignoring my invite is pretty rude Alex. I was trying to help your hotel. No wonder independents keep losing to chains.", (6, 12)))
P("hostility_after_decline", "it", "Sara Pellegrino", "Travel influencer | @saraintravel", "Roma",
  ("inv", "Ciao Alex! Sto organizzando un tour in Costa Azzurra, ti va una collaborazione? 🌊"),
  ("inm", "Peccato", "Vedo che non hai nemmeno accettato. Che maleducazione, con i numeri che ho ti faccio un favore io. Scriverò cosa penso del tuo hotel.", (5, 10)))

# =============================================================== hostility_connection
P("hostility_connection", "fr", "Patrick Lantelme", "Directeur commercial | LinRiviera Blanchisserie", "Grasse",
  ("msg", "Bonjour Alex, comme convenu je vous renvoie notre grille tarifaire linge pour la saison d'hiver. On peut démarrer dès le 1er novembre."),
  ("msg", "Je vois que vous êtes passé chez un concurrent sans même nous prévenir. Vous traitez vos partenaires comme des moins que rien. "
          "Honteux de la part d'un directeur d'hôtel, on s'en souviendra.", (4, 10)))
P("hostility_connection", "en", "Kevin Marsh", "Founder | DirectStay Marketing", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting Alex. Our SEO + Google Hotel Ads bundle is €790/month, can I send a proposal?", (2, 6)),
  ("msg", "Since you can't be bothered to answer, let me be blunt: hotels like yours deserve the empty rooms they get. Unprofessional.", (4, 9)))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Lauren Pike", "Partnerships | ChannelOne", "Lisbon",
  ("msg", "Hi Alex, ChannelOne now connects to 450+ OTAs with zero overbookings. Could I get 15 minutes on your calendar?"),
  ("msg", "Following up: we're running a Q4 migration offer, no setup fee. Interested in a quick demo?", (5, 10)),
  ("msg", "Last note from me Alex, happy to send a quote for your 62 rooms whenever suits.", (5, 10)))
P("connection_only_pitches", "fr", "Bruno Castellani", "Conseiller en gestion de patrimoine | Dirigeants de l'hôtellerie", "Monaco",
  ("msg", "Bonjour Alex, j'accompagne de nombreux directeurs d'hôtel dans l'optimisation de leur fiscalité. Un rendez-vous de 30 minutes ?"),
  ("msg", "Alex, avant la fin de l'année c'est le moment idéal pour le PER. Je vous propose un bilan offert, jeudi ou vendredi ?", (6, 12)))
P("connection_only_pitches", "it", "Martina De Luca", "Key account | Amenities di cortesia EcoLux", "Bologna",
  ("msg", "Ciao Alex, ti mando il catalogo delle nostre linee cortesia bio, con prezzi per hotel sopra 50 camere."),
  ("msg", "Hai avuto modo di guardarlo? Per ordini entro ottobre c'è lo sconto del 15%, posso prepararti un preventivo.", (4, 9)))

# =============================================================== single_pitch
P("single_pitch", "fr", "Aurélie Dalmasso", "Chargée d'affaires | Imprimerie Riviera Print", "Nice",
  ("msg", "Bonjour Alex, on imprime les menus, cartes de chambre et flyers de plusieurs hôtels de la Prom'. Je peux vous faire un devis ?"))
P("single_pitch", "en", "Sam Okafor", "Sales | GuestBot AI", "London",
  ("msg", "Hey Alex, quick one: our AI concierge answers guest WhatsApps 24/7 in 30 languages. Worth a 10-min look?"))
P("single_pitch", "de", "Jürgen Pfaff", "Key Account Manager | Hotelwäsche Pfaff", "Freiburg",
  ("msg", "Guten Tag Alex, wir liefern Hotelwäsche in Mietservice auch nach Südfrankreich. Darf ich Ihnen ein Angebot schicken?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Isabelle Moreno", "Directrice | Hôtel Le Régent, Menton", "Menton",
  ("msg", "Alex, petit tuyau : la région ouvre des aides pour la rénovation énergétique des hôtels, dossier avant le 30/11. "
          "Je t'envoie le lien et mon dossier de l'an dernier si ça peut t'aider."),
  ("msg", "Et sinon, notre atelier gratuit sur la gestion des saisonniers a lieu jeudi 16 à la CCI, il reste des places.", (6, 12)))
P("connection_brings_value", "en", "Tom Aldridge", "General Manager | The Harbour Hotel, Monaco", "Monaco",
  ("msg", "Alex, we're overbooked for the Yacht Show week and I'd rather send guests to you than to an OTA. 8 rooms, 4 nights, interested?"))
P("connection_brings_value", "it", "Lucia Ferrante", "Direttrice | Hotel Bellavista, Alassio", "Alassio",
  ("end",),
  ("msg", "Ciao Alex, ti giro il foglio excel che uso per prevedere l'occupazione dei ponti festivi, magari ti serve. Nessun impegno, è tuo."))
P("connection_brings_value", "es", "Pilar Arrieta", "Directora comercial | Viajes Ibertur", "Sevilla",
  ("msg", "Hola Alex, tenemos un grupo de 30 jubilados para mayo que quiere Niza. ¿Me confirmas disponibilidad y precio por habitación doble?"))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Marion Duval", "Talent Acquisition | Groupe Estérel Hôtels", "Saint-Raphaël",
  ("inm", "Directeur des opérations – Groupe Estérel Hôtels", "Bonjour Alex, nous recrutons un directeur des opérations pour nos 5 hôtels du Var. "
          "Poste en CDI, package attractif. Seriez-vous ouvert à en discuter en toute confidentialité ?"))
P("stranger_inmail_recruiter", "en", "James Whitfield", "Executive Search, Hospitality | Caldwell Partners", "London",
  ("inm", "GM role - luxury resort, Monaco", "Hi Alex, I'm retained on a General Manager search for a 120-key resort in Monaco. Your track record fits. "
          "Open to a confidential chat this week?"))
P("stranger_inmail_recruiter", "it", "Elena Bruno", "HR Manager | Grand Hotel Portofino", "Portofino",
  ("inm", "Posizione di Direttore – Grand Hotel Portofino", "Gentile Alex, cerchiamo un direttore per la riapertura di marzo. Il suo profilo ci ha colpito; "
          "possiamo sentirci per una prima conversazione?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ryan Hughes", "Enterprise AE | BookFlow Engine", "Amsterdam",
  ("inm", "Direct bookings for your hotel", "Hi Alex, saw your hotel's rates on Booking. We can cut your OTA dependency by a third. 20 minutes Thursday?"),
  ("inm", "Re: Direct bookings for your hotel", "Bumping this up Alex, our autumn pricing ends on the 31st.", (5, 9)))
P("stranger_inmail_sales", "fr", "Nadège Roux", "Conseillère | Tapis & Moquettes Hôtelières", "Lyon",
  ("inm", "Renouvellement moquettes", "Bonjour, nous rénovons les moquettes de couloir en 48 h sans fermer d'étage. Je peux passer faire un métré gratuit et un devis ?"))
P("stranger_inmail_sales", "de", "Nina Hartl", "Sales | StarHotel Awards DACH", "Wien",
  ("inm", "Auszeichnung für Ihr Hotel", "Hallo Alex, Ihr Hotel wurde für den Travellers' Excellence Award nominiert. Die Teilnahmegebühr beträgt 890 €, "
          "danach dürfen Sie das Siegel nutzen. Sollen wir Sie eintragen?"))
P("stranger_inmail_sales", "es", "Lucas Ferrer", "Creador de contenido | @lucasviaja", "Valencia",
  ("inm", "Colaboración", "Hola Alex, hago contenido de viajes para 95k seguidores. Te propongo 2 noches gratis a cambio de un reel. ¿Te cuadra?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Maxime Giordano", "Directeur | Hôtel Côté Port", "Nice",
  ("inv", "Salut Alex, on a tous les deux des hôtels sur le port, je voulais te proposer d'échanger nos overbookings plutôt que de reloger à l'aveugle."),
  ("msg", "Merci pour le coup de main samedi ! Je te renvoie l'ascenseur dès que tu es plein.", (4, 8)),
  ("msg", "Au fait, je suis devenu agent pour YieldPilot, le RMS. 20 % de remise si tu signes via moi ce mois-ci, on se voit pour une démo ?", (5, 10)))
P("good_turns_ugly", "en", "Hannah Kowalski", "Housekeeping trainer | Formerly Four Seasons", "Geneva",
  ("inv", "Hi Alex, I run free housekeeping standards sessions for Riviera hotels every autumn. Would your team like a spot this year?"),
  ("msg", "It was lovely having your two supervisors at the session, they were brilliant.", (5, 10)),
  ("end",),
  ("msg", "Just endorsed you! Would you endorse me back for Training and Housekeeping Management? It really helps my freelance work.", (2, 6)))
P("good_turns_ugly", "it", "Alessio Greco", "Chef de rang | In cerca di nuove opportunità", "Sanremo",
  ("inv", "Buonasera, ho lavorato due stagioni al Negresco e vorrei candidarmi per il vostro ristorante. Posso inviarle il CV?"),
  ("msg", "Grazie per il colloquio, anche se non è andata. Le auguro buona stagione.", (5, 10)),
  ("msg", "Però mi permetta: farmi venire da Sanremo per poi dire no con una mail di due righe è una mancanza di rispetto. Vergogna.", (2, 6)))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Romain Esposito", "Business Developer | BookFlow Engine France", "Marseille",
  ("inm", "Votre moteur de réservation", "Bonjour Alex, notre moteur de réservation augmente la conversion de 30 %. On en parle 15 min ?"),
  ("inv", "Bonjour Alex, je serais ravi de faire partie de votre réseau et d'échanger sur l'hôtellerie niçoise."))
P("reinvite_known_bad", "en", "Olivia Grant", "Hospitality recruiting agency | Placements in 72h", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I'd genuinely love to connect with hotel leaders on the Riviera and learn from you."))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Sébastien Maurel", "Photographe hôtelier", "Antibes",
  ("inv", "Bonjour, je réalise des shootings pour hôtels. Je peux vous envoyer mon book et mes tarifs ?"),
  ("inm", "Bravo", "Même pas une réponse. Les directeurs d'hôtel se croient tout permis, c'est d'une arrogance... Bonne continuation.", (5, 10)),
  ("inv", "Bonjour Alex, je repars sur de bonnes bases : on pourrait se rencontrer autour d'un café ?"))
P("reinvite_known_ugly", "en", "Daniel Okoro", "Founder | Riviera Hoteliers Network", "Nice",
  ("inm", "Riviera GMs network", "Hi Alex, I'm bringing together GMs on the Riviera for a monthly breakfast to swap notes. Free. Want in?"),
  ("inm", "Exclusive offer", "Alex, network members get our staff-scheduling software at 50% off. Can I book you a 30-min demo?", (3, 8)),
  ("inv", "Hi Alex, let's connect, would be great to have you in my network."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Camille Orsini", "Responsable grands comptes | Uniformes Pro Sud", "Aix-en-Provence",
  ("acc",), ("msg", "Merci pour la connexion Alex ! Nous habillons les équipes de 40 hôtels : je vous envoie notre catalogue et un devis pour la réception ?"))
P("user_invited_pitch_once", "en", "George Palmer", "Director | Palmer Hospitality Insurance", "Brighton",
  ("acc",), ("msg", "Thanks for connecting Alex. We insure boutique hotels across Europe, happy to benchmark your current policy for free and quote."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Fabio Marchetti", "CEO | PiscinaPro Manutenzioni", "Imperia",
  ("acc",),
  ("msg", "Grazie del collegamento! Facciamo manutenzione piscine per hotel, ti preparo un preventivo per il 2026?"),
  ("msg", "Ciao Alex, ti ricordo la promo: contratto annuale con il 10% in meno se firmi entro novembre.", (5, 10)))
P("user_invited_pitch_twice", "fr", "Anthony Rey", "Sales | Riviera Energie Solutions", "Nice",
  ("acc",),
  ("msg", "Bonjour Alex, merci d'avoir accepté. On installe des pompes à chaleur pour hôtels, je vous fais une étude chiffrée ?"),
  ("msg", "Alex, je vous relance pour l'étude, on peut passer la semaine prochaine et vous remettre un devis.", (5, 10)))

# =============================================================== user_invited_value
P("user_invited_value", "fr", "Nathalie Bourgeois", "Directrice de l'École hôtelière de Nice", "Nice",
  ("acc",), ("msg", "Merci Alex pour l'invitation ! Je vous mets en relation avec nos 12 élèves qui cherchent une alternance en réception ; je vous envoie leurs CV."))
P("user_invited_value", "en", "Sophie Turner", "Revenue Manager | Riviera Collection", "Cannes",
  ("acc",), ("msg", "Great to connect! Here's the STR comp-set template I mentioned at the UMIH evening, free to use. Ping me if anything's unclear."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Pierre Rebuffel", "Président | UMIH Alpes-Maritimes", "Nice", ("acc",))
P("acceptance_only", "it", "Giorgio Salvatori", "Direttore | Hotel Miramare, Bordighera", "Bordighera", ("acc",))
P("lone_endorsement", "fr", "Manon Ciais", "Ancienne réceptionniste | Hôtel Baie des Anges", "Nice", ("end",))
P("lone_endorsement", "en", "Liam Doherty", "Night auditor | Hospitality student", "Galway", ("end",))

# =============================================================== more voices
P("good_invitation", "it", "Matteo Pagani", "Tour operator | Liguria & Costa Azzurra Incoming", "Genova",
  ("inv", "Buongiorno Alex, porto gruppi di scolaresche in Costa Azzurra: per aprile mi servono 25 camere per 3 notti. Mi manda una quotazione?"))
P("good_invitation", "fr", "Élise Varenne", "Directrice | Hôtel des Arts, Villefranche", "Villefranche-sur-Mer",
  ("inv", "Bonjour Alex, je suis moi aussi directrice d'un indépendant. Une question entre collègues : vous passez par quelle mutuelle pour vos saisonniers ? "
          "La nôtre a doublé ses tarifs."))
P("sales_invitation", "de", "Lukas Brandl", "Business Development | HotelSoft PMS", "Salzburg",
  ("inv", "Hallo Alex, unser Cloud-PMS ist in 2 Wochen live, ohne Schulungsaufwand. Darf ich Ihnen ein Angebot für Ihre 62 Zimmer machen?"))
P("hostility_after_decline", "es", "Raquel Domínguez", "Comercial | Textil Hotelero Levante", "Alicante",
  ("inv", "Hola Alex, te presento nuestra lencería hotelera, muy buena relación calidad-precio."),
  ("rem",),
  ("inm", "Sin respuesta", "Ni contestas, ni aceptas. Qué poca educación, de verdad. Así os va a los hoteles franceses.", (4, 9)))
P("connection_only_pitches", "en", "Chris Doyle", "Founder | HotelReviews Boost", "Dublin",
  ("msg", "Alex, we get hotels 50+ new five-star reviews per month. Can I show you how?"),
  ("msg", "Hi again, a package for your hotel would be €390/month. Shall I send the contract?", (4, 9)))
P("connection_brings_value", "de", "Andrea Schöllhorn", "Direktorin | Hotel Alpenblick Kitzbühel", "Kitzbühel",
  ("msg", "Hallo Alex, wie versprochen die Liste der Saisonkräfte, die bei uns im Winter arbeiten und im Sommer ans Meer wollen. Vielleicht passt jemand zu euch."))
P("stranger_inmail_recruiter", "es", "Carmen Vidal", "Recruiter | Meliá Hotels International", "Palma",
  ("inm", "Director de hotel – Baleares", "Hola Alex, buscamos director/a para un hotel urbano en Palma. ¿Te interesaría conocer el puesto?"))
P("single_pitch", "it", "Ilaria Conte", "Consulente | Booking Boost Italia", "Milano",
  ("msg", "Ciao Alex, gestisco le campagne Google Hotel Ads per diversi hotel della Riviera. Ti faccio un preventivo?"))
P("default_invitation", "es", "Héctor Molina", "Comercial | Suministros Hosteleros", "Murcia", ("inv", DEFAULT))
P("endorse_me_back", "de", "Frank Niedermayer", "Hotelberater | Dozent", "Innsbruck",
  ("end",), ("msg", "Hallo Alex, ich habe dich für {skill} bestätigt. Würdest du mich im Gegenzug für Hotelberatung bestätigen? Danke dir!"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sandrine Caillol", "s.caillol@azur-seminaires.example.fr", "Séminaire novembre – demande de cotation",
     "Bonjour Alex,\n\nje vous ai aussi envoyé une invitation LinkedIn. Pour rappel : 85 personnes, 3 nuits, salle plénière.\n\nSandrine", "fr"),
    ("Booking.com Partner Hub", "noreply@partner.example.com", "Votre classement dans la zone Nice-Centre",
     "Bonjour,\n\nvotre établissement a gagné 3 places cette semaine. Partagez vos avis clients sur LinkedIn pour gagner en visibilité.", "fr"),
    ("Thierry Barral", "thierry@barral-linge.example.fr", "Fin de contrat",
     "Monsieur,\n\nj'ai pris acte de votre décision. Je vous ai écrit sur LinkedIn, sans retour.\n\nT. Barral", "fr"),
    ("UMIH 06", "contact@umih06.example.fr", "Soirée de rentrée des hôteliers – 25 septembre",
     "Chers adhérents,\n\nsoirée de rentrée au Palais de la Méditerranée. Suivez-nous sur LinkedIn pour les photos.", "fr"),
    ("Agenzia Viaggi Riviera", "info@agenziariviera.example.it", "Richiesta disponibilità ottobre",
     "Buongiorno,\n\nabbiamo un gruppo di 18 persone per il 20 ottobre. Ci trovate anche su LinkedIn.", "it"),
    ("HR Team", "rh@hotel-baiedesanges.example.fr", "Candidatures reçues via LinkedIn Jobs",
     "Bonjour Alex,\n\n14 candidatures pour le poste de réceptionniste de nuit, dont 5 via LinkedIn. Tri joint.", "fr"),
    ("Reisebüro Sonnenland", "gruppen@sonnenland.example.de", "Gruppenanfrage April 2026",
     "Guten Tag,\n\nwie per LinkedIn angefragt: 42 Personen, 4 Nächte, Halbpension.\n\nKatrin Ebersbach", "de"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev207 corpus. Generated by scripts/make_corpus_dev207.py (seed {SEED}); do not edit by hand.",
          "# September and October 2025 of a hotel general manager in Nice: booking-engine, revenue-management and linen sellers, agents and "
          "organisers asking for group rates, staff applying, hoteliers sharing tips, paid awards, influencers wanting free stays, a rude supplier "
          "after a switch; French, English, Italian, some German and Spanish. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Stories207(cs.EraStories):
    """Stories inside September and October 2025."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev207")
    args = ap.parse_args()
    check_notes()
    c = Stories207(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(10)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
