#!/usr/bin/env python3
"""Write mailbot's dev203 corpus: tests/corpus/dev203/*.eml + expected.toml.

The angle: two ordinary months (September and October 2018) of the user Alex, a wedding and
event photographer in Florence who sells services too. Couples and planners asking for prices
and dates (buyers, who bring work), album printers, preset and course sellers, second shooters
applying, other photographers sharing venues, paid "best photographer" directories, a planner who
turns rude after a refused discount. Italian, English, French, some German and Spanish, mostly
in the 2016 layout. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev203.py              # writes tests/corpus/dev203
    python scripts/make_corpus_dev203.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20180903

import make_corpus as mc  # noqa: E402
import corpus_stories as cs  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

SKILLS = {
    "en": ["Wedding Photography", "Event Photography", "Portrait Photography", "Photo Editing", "Adobe Lightroom"],
    "de": ["Hochzeitsfotografie", "Eventfotografie", "Porträtfotografie", "Bildbearbeitung", "Adobe Lightroom"],
    "fr": ["Photographie de mariage", "Photographie événementielle", "Portrait", "Retouche photo", "Adobe Lightroom"],
    "es": ["Fotografía de bodas", "Fotografía de eventos", "Retrato", "Edición fotográfica", "Adobe Lightroom"],
    "it": ["Fotografia di matrimonio", "Fotografia di eventi", "Ritratto", "Post-produzione", "Adobe Lightroom"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Fotografo/a per matrimoni", "Villa Le Rose Eventi"), ("Wedding Photographer (freelance)", "Tuscany Dream Weddings"),
              ("Event Photographer", "Firenze Fiera"), ("Photo Editor", "Condé Nast Italia"), ("Content Creator – Hospitality", "Belmond")]
mc.COMPANIES["good"] = ["Villa Le Rose", "Tuscany Dream Weddings", "Studio Bellosguardo", "Firenze Fiera", "Four Seasons Firenze"]
mc.COMPANIES["sales"] = ["AlbumCraft", "PresetLab", "WedLeads", "BestPhotographers.top", "ShootFlow CRM"]
mc.HEADLINES["good"] = ["Wedding Planner at {co}", "Fotografo di matrimonio | {co}", "Event Manager, {co}", "Second shooter | {co}"]
mc.HEADLINES["sales"] = ["Account Manager | {co}", "Founder @ {co}", "Growth for photographers | {co}", "Partnerships, {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a couple left you a 5-star review on your wedding listing. Sign in to reply before it goes public.",
           "Dear {first}, your portfolio was reported for copyright. Log in within 24 hours to keep your account."],
    "de": ["Hallo {first}, ein Brautpaar hat Ihnen eine Anfrage geschickt. Bitte melden Sie sich an, um sie zu lesen."],
    "fr": ["Bonjour {first}, un couple vous a envoyé une demande de devis. Connectez-vous pour la consulter."],
    "es": ["Hola {first}, tienes una nueva solicitud de boda. Inicia sesión para ver los detalles."],
    "it": ["Ciao {first}, una coppia ti ha lasciato una recensione. Accedi per rispondere.",
           "Gentile {first}, la tua galleria è stata segnalata per violazione del copyright. Accedi entro 24 ore."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

LO, HI = datetime(2018, 9, 1, 7, tzinfo=timezone.utc), datetime(2018, 10, 12, 20, tzinfo=timezone.utc)
ERAS: dict[str, str] = {}
PEOPLE: list[tuple] = []
_add = adder(PEOPLE)


def P(scenario, lang, name, headline, location, *steps, era="2016", nl=None):
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation (buyers, peers, second shooters)
P("good_invitation", "en", "Rebecca Thornbury", "Senior Product Manager at Hollis & Grant", "Boston",
  ("inv", "Hi Alex! My fiance and I are getting married at Villa Medici di Lilliano on 14 June 2019 and we love your candid work. "
          "Are you free that day, and could you send us your packages and prices? About 90 guests."), ("rem", (4, 9)))
P("good_invitation", "it", "Martina Gualtieri", "Wedding & Event Planner | Gualtieri Eventi", "Siena",
  ("inv", "Ciao Alex, curo un matrimonio americano a Montalcino il 22 maggio prossimo e la coppia mi ha chiesto un fotografo con il tuo stile. "
          "Mi mandi disponibilità e listino? Se va bene ti giro anche altre due date della stagione."))
P("good_invitation", "fr", "Camille Deschamps", "Photographe mariage | Annecy", "Annecy",
  ("inv", "Salut Alex ! Je shoote un mariage à la Villa Cora le 6 octobre et je ne connais pas du tout le lieu. "
          "Tu y as travaillé l'an dernier : la lumière dans le jardin en fin d'après-midi, ça donne quoi ? Merci d'avance, entre confrères."), ("rem", (5, 8)))
P("good_invitation", "it", "Davide Renzi", "Fotografo | Second shooter matrimoni", "Prato",
  ("inv", "Buongiorno Alex, sono un fotografo di Prato, faccio second shooter da tre stagioni (reportage, Canon, ho il mio kit). "
          "Se ti serve una seconda macchina per il 2019 ti mando il portfolio e le date libere."))
P("good_invitation", "de", "Katharina Lenz", "Brautpaar-Koordination | Hochzeiten in der Toskana", "München",
  ("inv", "Hallo Alex, meine Schwester heiratet nächsten September in Fiesole und sucht einen Fotografen vor Ort, der Deutsch oder Englisch spricht. "
          "Hätten Sie am 7.9.2019 noch frei und was würde eine Ganztagsreportage ungefähr kosten?"))
P("good_invitation", "es", "Lucía Montserrat", "Fotógrafa de bodas | Barcelona", "Barcelona",
  ("inv", "Hola Alex, soy fotógrafa en Barcelona. Una pareja mía se casa en Florencia y no puedo viajar esa fecha; "
          "¿te interesa que les pase tu contacto? Sin comisión ni nada, solo quiero que queden en buenas manos."))
P("good_invitation", "en", "Priya Raman", "Event Director | Meridian Pharma Europe", "London",
  ("inv", "Alex, we're running a three-day leadership offsite at Villa La Vedetta 15-17 November, about 120 people. "
          "Need a photographer for sessions and the gala dinner. Could you quote for all three days?"))
P("good_invitation", "it", "Elena Bartolini", "Presidente | Associazione Fotografi Toscani", "Firenze",
  ("inv", "Ciao Alex, il 20 ottobre facciamo una serata aperta e gratuita al Circolo di San Frediano sui contratti e le liberatorie per i fotografi di matrimonio, "
          "con un avvocato. Ci farebbe piacere averti, anche solo per ascoltare."), ("rem", (3, 7)))

# =============================================================== default_invitation
P("default_invitation", "en", "Tyler Brandt", "Growth Hacker | Wedding Industry", "Phoenix", ("inv", DEFAULT), ("rem", (4, 8)))
P("default_invitation", "it", "Gianluca Ferri", "Titolare presso Ferri Stampe", "Arezzo", ("inv", DEFAULT))
P("default_invitation", "fr", "Julien Morel", "Vidéaste | Drone", "Lyon", ("inv", DEFAULT))
P("default_invitation", "de", "Dennis Kowalski", "Marketing | Fotobuch-Druck", "Köln", ("inv", NONOTE), era="cur")

# =============================================================== sales_invitation
P("sales_invitation", "en", "Hailey Stroud", "Partnerships | AlbumCraft Fine Art Albums", "Austin",
  ("inv", "Hey Alex, gorgeous Tuscany work! AlbumCraft makes lay-flat Italian leather albums and we're offering 25% off a sample album for new studios this month. "
          "Want me to send our price sheet?"))
P("sales_invitation", "it", "Roberto Casini", "Commerciale | Legatoria Fiorentina Album", "Scandicci",
  ("inv", "Buongiorno, produciamo album fotografici artigianali per professionisti. Vorrei passare in studio a mostrarle i campioni e il listino 2019, "
          "quando le fa comodo?"), ("rem", (5, 10)))
P("sales_invitation", "en", "Marcus Leigh", "Creator of Golden Hour Presets | Photography Educator", "Sydney",
  ("inv", "Alex, your skin tones could pop even more. My Golden Hour Wedding preset pack is $49 this week only (normally $129). Link in my profile, happy to send a discount code."))
P("sales_invitation", "fr", "Sébastien Faure", "Fondateur | MeilleursPhotographes.fr", "Paris",
  ("inv", "Bonjour Alex, nous référençons les meilleurs photographes de mariage en Italie pour les couples français. "
          "La fiche premium est à 290 € par an et vous apparaissez en tête. Je vous envoie l'offre ?"))
P("sales_invitation", "es", "Andrés Villalobos", "Lead generation para fotógrafos | WedLeads", "Madrid",
  ("inv", "Hola Alex, te consigo 10 parejas cualificadas al mes que buscan fotógrafo en la Toscana. Pagas solo por contacto (35 €). ¿Hablamos 15 minutos?"))
P("sales_invitation", "de", "Jana Pfeiffer", "Sales | ShootFlow – CRM für Fotografen", "Berlin",
  ("inv", "Hallo Alex, Anfragen, Verträge und Rechnungen an einem Ort – ShootFlow spart Hochzeitsfotografen rund 6 Stunden pro Woche. "
          "Darf ich Ihnen das in einer kurzen Demo zeigen?"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Nathan Cole", "Founder | Destination Wedding Photographers Collective", "Lisbon",
  ("inv", "Hi Alex, I'm gathering a small circle of destination photographers in Europe to swap venue notes and refer couples to each other. No cost, just good people."),
  ("msg", "Welcome in! Quick thing: to be listed in the Collective's couples directory we ask for a $39/month membership, and I run a 1:1 pricing coaching program "
          "on top. Can I book you a call this week?", (3, 9)))
P("bait_and_switch_invitation", "it", "Federica Lodi", "Wedding coach per fotografi", "Bologna",
  ("inv", "Ciao Alex, sto raccogliendo le esperienze dei fotografi toscani sul calo di prenotazioni dopo l'estate, per un articolo gratuito da condividere nel settore. "
          "Ti andrebbe di rispondere a tre domande?"),
  ("msg", "Grazie per le risposte! Da quello che mi dici, il problema è il posizionamento. Il mio percorso Wedding Pro in 8 settimane costa 1.200 €, "
          "per te 950 se ti iscrivi entro venerdì. Te lo spiego in call?", (4, 10)))
P("bait_and_switch_invitation", "fr", "Amélie Roussel", "Directrice | Salon du Mariage Côte d'Azur", "Nice",
  ("inv", "Bonjour Alex, j'aimerais vous compter parmi nos photographes invités pour une table ronde sur le mariage à l'étranger. Un échange entre pros, en toute simplicité."),
  ("msg", "Merci d'avoir accepté ! Pour la table ronde, les intervenants réservent un stand (à partir de 1 450 € HT). Je vous envoie le bon de commande ?", (5, 12)))
P("bait_and_switch_invitation", "en", "Olivia Hart", "Editor | Italy Wedding Stories (blog)", "Rome",
  ("inv", "Alex, we'd love to feature one of your real weddings on our blog, free, credit and link to you. Could we connect?"),
  ("msg", "Thanks Alex! For the feature we have a contributor fee of €180, it covers editing and the newsletter spot. Shall I send the invoice?", (4, 8)),
  ("msg", "Just checking on the invoice for the feature - we publish the October round on Friday.", (3, 6)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Grant Whitaker", "Host, The Shutter Business Podcast", "Nashville",
  ("inm", "Guest on The Shutter Business Podcast?", "Hey Alex, I host a podcast for wedding photographers and would love to interview you about shooting destination weddings in Florence. Interested?"),
  ("inm", "Re: Guest on The Shutter Business Podcast?", "Awesome! Guest episodes come with our promo package, $297 for the episode, social clips and a listing. "
          "Once that's sorted I'll send the recording link.", (3, 7)))
P("bait_and_switch_inmail", "it", "Silvio Paoletti", "Organizzatore | Premio Fotografo dell'Anno Toscana", "Pisa",
  ("inm", "Candidatura al Premio", "Gentile Alex, il comitato ha segnalato il suo lavoro per il Premio Fotografo di Matrimonio dell'Anno. È un riconoscimento tra colleghi, le va di partecipare?"),
  ("inm", "Premio – conferma iscrizione", "Perfetto! Per confermare la candidatura serve la quota di 220 € e, per i finalisti, la pagina pubblicitaria nel catalogo (490 €). "
          "Le mando gli estremi per il bonifico.", (4, 9)))
P("bait_and_switch_inmail", "de", "Holger Brandl", "Hochzeitsfotograf | Mentor", "Salzburg",
  ("inm", "Frage unter Kollegen", "Servus Alex, ich hab eine Hochzeit in der Certosa di Pontignano und wollte fragen, ob man dort in der Kirche blitzen darf. Danke dir!"),
  ("inm", "Danke – und noch was", "Danke für die Info! Übrigens biete ich Mentoring für Kollegen an, die mehr verlangen wollen: 3 Sessions für 690 €. "
          "Bei deinem Portfolio wäre das locker drin. Interesse?", (3, 8)))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Brandon Ellis", "Wedding Videographer | Drone pilot", "Manchester",
  ("end",), ("end", (1, 4)),
  ("msg", "Hey mate, endorsed you for {skill}, your stuff is sick. Would you mind endorsing me back for Videography and Drone? Helps with the algorithm haha", (1, 5)))
P("endorse_me_back", "it", "Sara Mancuso", "Fotografa | Make-up artist sposa", "Lucca",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill} 😊 Mi restituiresti il favore su Trucco sposa e Fotografia? Sto sistemando il profilo per la nuova stagione, grazie!!", (1, 6)))
P("endorse_me_back", "fr", "Thibault Lagarde", "Photographe | Formateur Lightroom", "Bordeaux",
  ("end",),
  ("msg", "Hello Alex, je t'ai validé pour {skill}. Si tu as deux secondes, une validation de ta part sur Lightroom et Formation m'aiderait bien. Bonne saison !", (2, 6)))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Derek Vance", "Founder | SnapRank SEO for Photographers", "Leeds",
  ("inv", "Alex, your site isn't on page 1 for 'Florence wedding photographer'. I can fix that in 60 days. Connect?"),
  ("inm", "Seriously?", "Ignored twice. Your loss honestly, and a pretty amateur way to run a business. Don't come crying when your bookings dry up.", (8, 14)))
P("hostility_after_decline", "it", "Ilaria Sbrana", "Wedding planner | Sbrana Eventi", "Viareggio",
  ("inv", "Ciao Alex, lavoriamo spesso in Versilia e Firenze, mi piacerebbe collegarmi per collaborazioni future."),
  ("rem", (5, 8)),
  ("inm", "Bah", "Vedo che non accetti nemmeno un collegamento. Complimenti per la superbia, in questo settore ci si conosce tutti e la voce gira. "
          "Non ti consiglierò a nessuna coppia, stanne certo.", (4, 10)))
P("hostility_after_decline", "es", "Rocío Almansa", "Agencia de bodas | Sevilla–Toscana", "Sevilla",
  ("inv", "Hola Alex, tengo muchas parejas que quieren casarse en Italia, ¿conectamos?"),
  ("inm", "Sin respuesta", "Pues nada, ya veo que no contestas. Muy poco profesional por tu parte, la verdad. Con esa actitud no vas a llegar lejos.", (6, 12)))

# =============================================================== hostility_connection (the rude planner after a refused discount)
P("hostility_connection", "it", "Carlotta Nesi", "Wedding planner | Nesi Luxury Weddings", "Firenze",
  ("acc",),
  ("msg", "Ciao Alex, ho una coppia per il 12 maggio a Villa Corsini. Budget stretto: mi fai il servizio completo a 1.500 invece di 2.600? Ti porto volume.", (2, 5)),
  ("msg", "Cioè mi dici di no per 1.100 euro? Sei proprio un dilettante. Con l'atteggiamento da primadonna in questo mercato non duri. "
          "Le mie coppie le mando da chi sa lavorare, e lo dirò in giro.", (1, 3)))
P("hostility_connection", "en", "Chad Morrison", "CEO | LuxeLens Presets", "Los Angeles",
  ("msg", "Alex! Bundle of our 80 wedding presets, $79 for you today. Want the link?"),
  ("msg", "wow, no answer. Typical European 'artist' attitude. Enjoy your outdated edits, clown.", (3, 8)))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Kayla Jensen", "Studio Growth Coach | Book More Couples", "Denver",
  ("msg", "Hey Alex! Booked 3 weddings this month? My clients book 8+. Free strategy session this week?"),
  ("msg", "Following up, my 'Luxury Destination' program opens Monday, 6 spots, €1,997. Want one?", (4, 9)))
P("connection_only_pitches", "it", "Fabio Tognetti", "Agente | Stampa Fine Art & Album", "Empoli",
  ("msg", "Ciao Alex, novità: album in lino con cofanetto a 189 € per ordini sopra i 5 pezzi. Ti mando il campionario?"),
  ("msg", "Alex, promo fine stagione: spedizione gratuita e 10% su tutti i formati fino al 31. Posso passare giovedì?", (5, 12)),
  ("msg", "Ultima chiamata per la promo! Fammi sapere quante copie ti preparo.", (3, 6)))
P("connection_only_pitches", "de", "Tobias Hegner", "Vertrieb | Objektivverleih Süd", "Stuttgart",
  ("msg", "Hallo Alex, leihen statt kaufen: das neue 28-70 f/2 für 59 €/Wochenende. Für Hochzeiten in Italien liefern wir auch ins Hotel. Soll ich ein Angebot machen?"),
  ("msg", "Nochmal kurz: für Saison 2019 gibt's Rahmenverträge mit 20 % Rabatt. Kurzes Telefonat?", (6, 12)))

# =============================================================== single_pitch
P("single_pitch", "en", "Aidan Burke", "Account Executive | PicTime Galleries", "Dublin",
  ("msg", "Hi Alex, noticed you deliver galleries via Dropbox. Our client galleries sell prints for you automatically. Can I give you a 10-min tour?"))
P("single_pitch", "it", "Valeria Pucci", "Titolare | Noleggio auto d'epoca per matrimoni", "Firenze",
  ("msg", "Ciao Alex, ti lascio il nostro listino per le auto d'epoca 2019: se lo giri alle tue coppie ti riconosciamo una commissione del 10%. Ci sentiamo?"))
P("single_pitch", "fr", "Nicolas Perrin", "Consultant | Site web pour photographes", "Genève",
  ("msg", "Bonjour Alex, votre site charge en 9 secondes sur mobile, c'est beaucoup pour des couples pressés. Je refais des sites de photographes à partir de 1 800 CHF. Un appel ?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Tommaso Vieri", "Fotografo di matrimonio | Chianti", "Greve in Chianti",
  ("msg", "Alex, occhio: dal 2019 a Villa Vignamaggio non si può più usare il drone senza permesso ENAC del proprietario. Te lo dico perché ci hanno fermati sabato."),
  ("msg", "Ti ho mandato anche il contatto del custode, è gentilissimo, ti fa entrare alle 7 per le foto all'alba.", (2, 6)))
P("connection_brings_value", "en", "Hannah Price", "Bride-to-be | Architect at Foster + Partners", "London",
  ("msg", "Hi Alex, we loved the engagement shoot proposal! Can we book the full day for 28 September 2019 at Borgo Pignano? "
          "Send over the contract and deposit details when you can."),
  ("msg", "Deposit sent this morning. Also my sister's getting married in 2020, I've given her your details.", (3, 7)))
P("connection_brings_value", "fr", "Margaux Lefèvre", "Wedding planner | Provence & Toscane", "Aix-en-Provence",
  ("msg", "Coucou Alex, j'ai un couple franco-italien pour le 3 août 2019 à San Gimignano qui a adoré ton portfolio. Je te mets en copie avec eux ? Budget confortable."))
P("connection_brings_value", "es", "Pablo Ortega", "Fotógrafo | Segundo tirador", "Valencia",
  ("msg", "Alex, te paso las fotos que hice de segundo tirador en la boda del sábado, ya editadas con tu estilo. Si necesitas algo más para el álbum me dices."))

# =============================================================== stranger_inmail_recruiter (buyers and real jobs by InMail)
P("stranger_inmail_recruiter", "en", "Sophie Aldridge", "Head of Events | Belmond Villa San Michele", "Fiesole",
  ("inm", "Preferred photographer list 2019", "Dear Alex, we're refreshing the preferred photographer list for our weddings in 2019. "
          "Would you like to be considered? No fee involved, we'd just like to meet and see a full gallery."))
P("stranger_inmail_recruiter", "it", "Giorgio Salvadori", "Ufficio stampa | Pitti Immagine", "Firenze",
  ("inm", "Servizio fotografico Pitti Uomo", "Buongiorno Alex, cerchiamo fotografi per le serate di gennaio a Pitti Uomo (tre eventi). "
          "Può mandarmi disponibilità e preventivo per le tre serate?"))
P("stranger_inmail_recruiter", "de", "Markus Engel", "Bräutigam in spe | Ingenieur bei Siemens", "Erlangen",
  ("inm", "Hochzeit in Florenz – Anfrage", "Hallo Alex, wir heiraten am 18. Mai 2019 standesamtlich im Palazzo Vecchio, danach kleine Feier mit 30 Gästen. "
          "Haben Sie Zeit und was kostet ein halber Tag?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ryan Tucker", "Sales | TopWeddingPhotographers.world", "Miami",
  ("inm", "You've been nominated!", "Congrats Alex, you've been shortlisted as one of the Top 10 Wedding Photographers in Italy 2018! "
          "Secure your badge and featured listing for just $349/year."))
P("stranger_inmail_sales", "it", "Marco Giusti", "Consulente | Finanziamenti attrezzatura", "Milano",
  ("inm", "Leasing attrezzatura fotografica", "Salve, finanziamo corpi macchina e ottiche in leasing a tasso agevolato per professionisti. Le preparo una simulazione?"))
P("stranger_inmail_sales", "es", "Valeria Cruz", "Cursos online | Academia Foto Bodas", "Ciudad de México",
  ("inm", "Masterclass de poses", "Hola Alex, nuestra masterclass de poses para parejas está al 50% hasta el domingo, 97 USD. ¿Te reservo una plaza?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Niccolò Frosali", "Fotografo | Formatore", "Firenze",
  ("inv", "Ciao Alex, sono anch'io di Firenze, mi farebbe piacere scambiarci le date: quando uno è pieno gira la coppia all'altro."),
  ("msg", "Grazie! Ti ho girato la coppia del 5 ottobre, non potevo, sono brave persone.", (3, 6)),
  ("msg", "Alex, ti scrivo perché lancio il mio workshop di editing a Firenze, 450 € a persona. Visto che ti ho passato una coppia, mi aspetto che ti iscrivi e lo giri ai tuoi contatti.", (5, 10)))
P("good_turns_ugly", "en", "Jessica Moreau", "Wedding Planner | Amalfi & Tuscany", "Positano",
  ("inv", "Hi Alex, I plan weddings in Tuscany and would love to keep you in mind for couples who need a photographer."),
  ("msg", "Sending you the Hendricks couple for 8 June 2019, they have your details!", (2, 6)),
  ("end", (1, 4)),
  ("msg", "Hope the Hendricks booked! I just endorsed you for {skill}, could you endorse me for Wedding Planning and Event Management? Thanks love", (1, 4)))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Logan Pierce", "Founder | WeddingLeadsPro", "Toronto",
  ("inm", "More couples for your studio", "Alex, we deliver 20 booked consultations a month for wedding photographers. $500 setup. Interested?"),
  ("inv", "Hi Alex, loved your latest gallery, would be great to connect!", (10, 20)))
P("reinvite_known_bad", "it", "Paolo Berti", "Commerciale | Berti Cornici & Stampe", "Pistoia",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti al matrimonio a Villa Bardini, piacere di rivederti qui!", (20, 30)))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Gaëlle Rivière", "Fondatrice | Club Photographes Premium", "Lyon",
  ("inv", "Bonjour Alex, on échange entre photographes haut de gamme sur les tarifs, juste pour s'entraider ?"),
  ("rem", (4, 7)),
  ("inm", "Pas de réponse ?", "Bon. Refuser une main tendue entre collègues, c'est d'une arrogance rare. Je retiendrai.", (6, 10)),
  ("inv", "Bonjour Alex, nouvelle saison, repartons sur de bonnes bases ?", (10, 15)))
P("reinvite_known_ugly", "de", "Florian Wirth", "Hochzeitsfotograf | Ausbilder", "Wien",
  ("inm", "Kurze Frage", "Hallo Alex, wie verhandelst du Honorare mit Locations in Florenz? Frage unter Kollegen."),
  ("inm", "Mein Angebot", "Danke! Ich biete übrigens Preis-Coaching an: 4 Termine für 800 €. Sollen wir starten?", (3, 8)),
  ("inv", "Hallo Alex, lass uns vernetzen!", (4, 10)))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Chiara Landi", "Fiorista | Atelier Landi Fiori", "Firenze",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Se ti servono fiori per shooting styled, abbiamo un pacchetto dedicato ai fotografi da 250 €. Fammi sapere!", (2, 6)))
P("user_invited_pitch_once", "en", "Owen Fletcher", "Sales Lead | Profoto UK", "London",
  ("acc",),
  ("msg", "Thanks for the connect Alex! As you're shooting receptions, the B10 kit is on offer at £1,499 until November. Fancy a demo at the Florence dealer?", (2, 7)))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Luca Martelli", "Titolare | Martelli Photo Booth", "Livorno",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Hai mai pensato di proporre il photo booth alle tue coppie? Te lo noleggio a 400 € a serata, tu ci ricarichi.", (2, 5)),
  ("msg", "Alex, per il 2019 ti faccio 350 € se ne prenoti almeno cinque. Quando ci vediamo?", (5, 10)))
P("user_invited_pitch_twice", "fr", "Hélène Vasseur", "Commerciale | Tirages d'art Labo Lumière", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Nos tirages baryta pour vos clients : -20 % sur la première commande. Je vous envoie le kit d'échantillons ?", (1, 5)),
  ("msg", "Je relance : l'offre -20 % se termine le 15. Voulez-vous ouvrir un compte pro ?", (5, 9)))

# =============================================================== user_invited_value
P("user_invited_value", "it", "Anna Ricasoli", "Event manager | Castello di Brolio", "Gaiole in Chianti",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Ti allego il regolamento del castello per i fotografi e gli orari della cantina: per il tuo matrimonio del 29 potete entrare anche in barricaia.", (1, 4)))
P("user_invited_value", "en", "Ben Whitmore", "Wedding photographer | Cotswolds", "Cheltenham",
  ("acc",),
  ("msg", "Cheers for the add, Alex. As promised at the meetup, here's my contract template and model release, adapt freely. Shout if you ever need a second shooter in the UK.", (1, 5)))
P("user_invited_value", "es", "Marta Quiroga", "Wedding planner | Madrid", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Tengo una pareja de Madrid que se casa en Lucca en junio y busca fotógrafo: ¿te paso sus datos?", (2, 6)))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Simona Cecchi", "Responsabile eventi | Palazzo Corsini", "Firenze", ("acc",))
P("acceptance_only", "en", "Daniel Ashworth", "Wedding videographer | Ashworth Films", "Bath", ("acc",))
P("lone_endorsement", "it", "Giulia Pratesi", "Sposa 2018 | Insegnante", "Sesto Fiorentino", ("end",))
P("lone_endorsement", "fr", "Louise Garnier", "Photographe | Lille", "Lille", ("end",))

# =============================================================== more voices
P("good_invitation", "it", "Beatrice Lapini", "Responsabile marketing | Cantina Frescobaldi", "Firenze",
  ("inv", "Buongiorno Alex, per la vendemmia aperta del 29 settembre cerchiamo un fotografo per un reportage da usare sui nostri canali. "
          "Possiamo sentirci per un preventivo?"))
P("sales_invitation", "it", "Stefano Melis", "Fondatore | MiglioriFotografi.it", "Cagliari",
  ("inv", "Ciao Alex, entra nella classifica dei migliori fotografi di matrimonio di Firenze: con la scheda Gold a 199 €/anno sei in prima pagina. Ti spiego?"))
P("connection_only_pitches", "en", "Mia Sorensen", "Founder | Presets & Courses for Wedding Photographers", "Copenhagen",
  ("msg", "Hi Alex, my Film Emulation course is live! 12 modules, €249, early bird €179 until Sunday."),
  ("msg", "Alex, last day for the early bird, want me to hold a seat?", (3, 6)))
P("hostility_after_decline", "de", "Uwe Strobel", "Verkauf | Fotobuch-Manufaktur", "Nürnberg",
  ("inv", "Guten Tag, ich möchte Ihnen unsere Fotobücher vorstellen, können wir uns vernetzen?"),
  ("inm", "Unhöflich", "Sie haben mich einfach ignoriert. Das ist schlicht unhöflich und unprofessionell. So behandelt man keine Geschäftspartner.", (7, 12)))
P("stranger_inmail_recruiter", "fr", "Claire Dubois", "Chargée de communication | Institut français Florence", "Firenze",
  ("inm", "Photographe pour notre soirée du 25 octobre", "Bonjour Alex, l'Institut organise une soirée de gala le 25 octobre. Seriez-vous disponible pour la couvrir ? "
          "Merci de nous indiquer votre tarif pour 4 heures."))
P("good_invitation", "en", "Tom Okafor", "Wedding photographer | Second shooter | London", "London",
  ("inv", "Hi Alex, I'm moving to Florence next spring and would love to second shoot for you while I build my portfolio here. Happy to send my galleries and references."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rebecca Thornbury", "rebecca.thornbury@example.com", "Wedding June 2019 - photography",
     "Hi Alex,\n\nI also sent you a LinkedIn request but wasn't sure you check it. Could you send your 2019 packages to this address?\n\nThanks!\nRebecca", "en"),
    ("Villa Le Rose Eventi", "eventi@villalerose.example.it", "Calendario sopralluoghi ottobre",
     "Ciao Alex,\n\nti mandiamo il calendario dei sopralluoghi. Se vuoi condividere le foto della villa su LinkedIn o Instagram, taggaci pure.", "it"),
    ("BestPhotographers.top", "awards@bestphotographers.example", "Your Top 10 badge is waiting",
     "Dear Alex,\n\nwe found your profile on LinkedIn. Claim your Top 10 Wedding Photographers Italy badge today for only $349.", "en"),
    ("Camille Deschamps", "camille@example.fr", "Villa Cora - merci !",
     "Salut Alex,\n\nmerci pour tes conseils sur LinkedIn, le mariage s'est super bien passé. Je te dois un café si tu passes à Annecy.", "fr"),
    ("Fotolabor Weiss", "service@fotolabor-weiss.example.de", "Ihre Bestellung 18-4471 wurde versandt",
     "Hallo Alex,\n\nIhre Abzüge sind unterwegs. Folgen Sie uns auf LinkedIn für Neuigkeiten.", "de"),
    ("Agenzia delle Entrate", "noreply@entrate.example.it", "Promemoria scadenza F24",
     "Gentile contribuente,\n\nle ricordiamo la scadenza del 16 ottobre. Attenzione ai messaggi fraudolenti anche via LinkedIn.", "it"),
]

HEADER = [f"# mailbot corpus dev203. Generated by scripts/make_corpus_dev203.py (seed {SEED}); do not edit by hand.",
          "# Alex as a wedding and event photographer in Florence, September-October 2018: couples and planners asking for prices, album printers, "
          "preset and course sellers, second shooters, peers sharing venues, paid directories, a rude planner after a refused discount. "
          "Same format as tests/corpus/dev."]


class Li203(mc.LinkedInMail):
    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016" and year != 2016:
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories203(cs.EraStories):
    """Every story and every other mail starts between 1 September and 12 October 2018."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li203(self.g, self.b)

        def start_date(g, era: str) -> datetime:
            return LO + timedelta(seconds=g.r.randint(0, int((HI - LO).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)


def main() -> None:
    import argparse
    from collections import Counter
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev203")
    args = ap.parse_args()
    c = Stories203(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(7)
    c.make_other(10)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("eras (people):", dict(sorted(Counter(p.era for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
