#!/usr/bin/env python3
"""Write mailbot's dev199 corpus: tests/corpus/dev199/*.eml + expected.toml.

The angle: March to early May 2020, the Italian lockdown, for Alex, who owns a family
restaurant group in Naples (a trattoria in Chiaia, a pizzeria on the Vomero, a catering and
private-events arm). Alex buys and sells: event planners, tour operators and companies ask for
catering quotes (buyers), food suppliers and wine traders offer goods, POS, QR-menu and
delivery-app sellers push their platforms, cooks and waiters ask for work for the reopening,
other restaurateurs share what they learned in lockdown, paid restaurant guides sell listings,
and a dairy supplier turns rude once Alex switches to another one. Italian, English, Spanish,
some French and German.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; endorsement skills, job-alert titles, spoof headlines and spoof
pitches are swapped for this world in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev199.py              # writes tests/corpus/dev199
    python scripts/make_corpus_dev199.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20200309

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2020, 3, 9, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2020, 5, 8, 21, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (18, 26)})


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


# ------------------------------------------------------------------ a Naples restaurant group (this process only)
RHEADLINE = "Titolare | Tre Archi Ristorazione – trattoria, pizzeria, catering ed eventi, Napoli"
SKILLS = {
    "en": ["Restaurant Management", "Catering", "Event Planning", "Food & Beverage", "Neapolitan Cuisine", "Hospitality"],
    "de": ["Gastronomie", "Catering", "Eventplanung", "Restaurantmanagement", "Italienische Küche"],
    "fr": ["Restauration", "Traiteur", "Organisation d'événements", "Gestion de restaurant", "Cuisine italienne"],
    "es": ["Restauración", "Catering", "Organización de eventos", "Gestión de restaurantes", "Cocina italiana"],
    "it": ["Ristorazione", "Catering", "Organizzazione eventi", "Gestione ristorante", "Cucina napoletana", "Pizzeria"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.JOBS[:] = [("Food & Beverage Manager", "Grand Hotel Parker's"), ("Restaurant Manager", "Sorrento Coast Resorts"), ("Executive Chef", "Capri Palace Collection"),
              ("Responsabile catering ed eventi", "Gruppo Ristorazione Flegrea"), ("Direttore di sala", "Villa Rufolo Eventi")]
mc.COMPANIES["good"] = ["FIPE Confcommercio", "Slow Food Campania", "Il Mattino", "Associazione Pizzaiuoli Napoletani", "Tenuta Sannita", "Scuola Alberghiera Cavalcanti"]
mc.COMPANIES["sales"] = ["CassaSmart", "Deliverando", "MenuQR", "Guida Golosa Campania", "OzonoPro", "FinRisto", "PackVerde"]
mc.HEADLINES["good"] = ["Ristoratrice | {co}", "Chef | {co}", "Giornalista enogastronomico | {co}", "Pizzaiolo | {co}", "Event manager | {co}", "Sommelier | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Developer Ho.Re.Ca. | {co}", "Founder @ {co}",
                         "Aiutiamo i ristoranti a vendere di più | {co}", "Area Manager Sud Italia | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a customer filed a complaint about your delivery order and tagged your page. Log in within 24 hours to answer it.",
           "Dear {first}, we hold a catering payment for you. Confirm your bank details through your LinkedIn account to release it."],
    "de": ["Hallo {first}, ein Gast hat eine Beschwerde über Ihr Restaurant eingereicht. Bitte melden Sie sich an, um zu antworten.",
           "Sehr geehrte/r {first}, für Ihre Catering-Rechnung liegt eine Zahlung bereit. Bestätigen Sie Ihre Bankdaten im Konto."],
    "fr": ["Bonjour {first}, une réservation de groupe attend votre confirmation. Connectez-vous pour voir le devis.",
           "Bonjour {first}, votre page entreprise a été signalée. Vérifiez votre compte sous 24 h pour éviter la suspension."],
    "es": ["Hola {first}, tienes un pedido de catering pendiente de confirmar. Inicia sesión para ver el documento.",
           "Hola {first}, tu página de empresa ha sido denunciada. Verifica tu cuenta en 24 horas."],
    "it": ["Ciao {first}, un cliente ha segnalato un problema con una consegna a domicilio. Accedi entro 24 ore per rispondere.",
           "Gentile {first}, le abbiamo inviato il contratto per il catering del 12 giugno. Acceda per firmarlo e scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": {"job": ("{n} nuove offerte per «responsabile di sala»", "Il tuo avviso di lavoro per chef a {city}"),
           "news": "Ristoranti chiusi: cosa prevede il decreto per il settore", "group": "Conversazioni principali in Ristoratori Campani",
           "newsletter": "Comanda: la settimana della ristorazione italiana"},
    "en": {"job": ("{n} new jobs for \"catering manager\"", "Your job alert for restaurant manager in {city}"),
           "news": "How restaurants are surviving the lockdown with takeaway", "group": "Top conversations in Independent Restaurant Owners Europe",
           "newsletter": "Back of House: notes for restaurant owners"},
    "fr": {"job": ("{n} nouvelles offres pour « chef de cuisine »", "Votre alerte emploi pour responsable traiteur à {city}"),
           "news": "Restaurants fermés : la vente à emporter suffit-elle ?", "group": "Discussions à la une dans Restaurateurs indépendants d'Europe",
           "newsletter": "Le Passe : la lettre des restaurateurs"},
    "de": {"job": ("{n} neue Jobs für „Restaurantleitung“", "Ihr Jobalarm für Küchenchef in {city}"),
           "news": "Gastronomie im Lockdown: Wie Wirte jetzt überleben", "group": "Top-Diskussionen in Gastronomen Europa",
           "newsletter": "Pass & Tresen: der Gastro-Newsletter"},
    "es": {"job": ("{n} empleos nuevos de «jefe de cocina»", "Tu alerta de empleo de gerente de restaurante en {city}"),
           "news": "La hostelería ante el estado de alarma", "group": "Conversaciones destacadas en Hosteleros de España",
           "newsletter": "Sala y Cocina: el boletín del hostelero"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Ruocco", "Wedding & Event Planner | Ruocco Eventi", "Pozzuoli",
  ("inv", "Buongiorno Alex, ho una coppia che ha spostato il matrimonio a settembre e vuole un catering napoletano per 90 ospiti in villa a Posillipo. "
          "Mi manda un preventivo indicativo e le date libere? Mi hanno parlato molto bene dei vostri eventi."),
  ("rem",))
P("good_invitation", "en", "Oliver Brennan", "Office Manager, Meridian Shipping Lines – Naples office", "Napoli",
  ("inv", "Hi Alex, when offices reopen we'd like to order a working lunch for about 40 people twice a month (Centro Direzionale). "
          "Do you cater that size, and could you send a menu with prices? Thanks!"))
P("good_invitation", "it", "Gennaro Iovine", "Cuoco capopartita | 8 anni tra Ischia e Sorrento", "Casoria",
  ("inv", "Salve signor Alex, sono cuoco ai primi, ho lavorato otto stagioni a Ischia. So che con la riapertura cercherete personale: "
          "posso mandarle il curriculum e venire a fare una prova quando si potrà. Grazie per l'attenzione"),
  ("rem",))
P("good_invitation", "es", "Lucía Campos", "Camarera | Sala y barra | Español, italiano, inglés", "Napoli",
  ("inv", "Hola Alex! Soy sevillana, vivo en Nápoles desde 2018 y he trabajado de camarera en Chiaia. Si para la reapertura necesitáis gente en sala "
          "con idiomas para los turistas, me encantaría hacer una prueba. ¡Un saludo!"))
P("good_invitation", "fr", "Camille Durand", "Restauratrice | Le Comptoir du Panier, Marseille", "Marseille",
  ("inv", "Bonjour Alex, restauratrice à Marseille, fermée comme vous. Question de collègue : comment gérez-vous la vente à emporter avec les contrôles ? "
          "En échange je vous envoie notre protocole sanitaire pour la réouverture, on l'a fait relire par un médecin."))
P("good_invitation", "de", "Jonas Albrecht", "Gruppenreisen Italien | Albrecht Kulturreisen", "Freiburg",
  ("inv", "Hallo Alex, wir planen für Oktober eine Gruppenreise nach Kampanien (32 Personen) und suchen für einen Abend ein privates Abendessen "
          "mit neapolitanischer Küche. Hätten Sie Interesse, uns ein Angebot zu machen?"),
  ("rem",))
P("good_invitation", "it", "Rosaria De Luca", "Area Sindacale | FIPE Confcommercio Napoli", "Napoli",
  ("inv", "Gentile Alex, giovedì alle 17 facciamo un webinar gratuito per i ristoratori associati e non sul Cura Italia: cassa integrazione, moratoria dei mutui, "
          "credito d'imposta sugli affitti. Risponde un consulente del lavoro. Le giro il link se accetta."))

# =============================================================== default_invitation
P("default_invitation", "it", "Ciro Scognamiglio", "Agente di commercio Ho.Re.Ca. | Campania e Basilicata", "Afragola", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Pickett", "Growth @ food-tech startup | ex-Deliveroo", "London", ("inv", NONOTE))
P("default_invitation", "es", "Marcos Villalba", "Export | Aceites de oliva virgen extra", "Jaén", ("inv", DEFAULT))
P("default_invitation", "de", "Sabine Kugler", "Vertrieb Gastronomiebedarf Süd", "Rosenheim", ("inv", DEFAULT), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "it", "Davide Alfieri", "Account Manager Campania | CassaSmart", "Caserta",
  ("inv", "Ciao Alex, con la chiusura è il momento giusto per cambiare cassa: CassaSmart è in cloud, gestisce asporto e pagamenti contactless e i primi 3 mesi "
          "sono gratis. Ti faccio vedere tutto in 20 minuti su Zoom, quando ti va?"))
P("sales_invitation", "en", "Priya Nair", "Restaurant Partnerships, South Italy | Deliverando", "Milano",
  ("inv", "Hi Alex - restaurants on Deliverando kept 60% of their revenue during lockdown. We've cut the commission to 18% for new partners who sign up before April 15. "
          "Can I get you onboarded this week?"))
P("sales_invitation", "it", "Marianna Cuomo", "Redazione commerciale | Guida Golosa Campania 2020", "Salerno",
  ("inv", "Gentile titolare, stiamo chiudendo la selezione per la Guida Golosa 2020. La scheda con foto, recensione e bollino vetrina costa 490 € + IVA "
          "(invece di 790). Posso riservarle una pagina?"))
P("sales_invitation", "es", "Javier Ortega", "Director comercial | OzonoPro Higienización", "Valencia",
  ("inv", "Buenos días Alex. Para reabrir con garantías, nuestros generadores de ozono desinfectan sala y cocina en 30 minutos, con certificado. "
          "Ya trabajamos con restaurantes en Italia. ¿Te preparo un presupuesto sin compromiso?"))
P("sales_invitation", "fr", "Thomas Lefèvre", "Partenariats | Le Petit Guide des Tables d'Italie", "Lyon",
  ("inv", "Bonjour Alex, votre trattoria a retenu l'attention de notre comité. Pour figurer dans l'édition 2020 (papier + appli), la participation est de 650 € HT. "
          "Je vous envoie le bon de commande ?"))
P("sales_invitation", "en", "Matt Greaves", "Co-founder | MenuQR – contactless menus", "Manchester",
  ("inv", "Alex, when you reopen nobody will want to touch a paper menu. MenuQR puts yours on a QR code in 10 minutes, with ordering from the table. "
          "€29/month, first month free. Worth a quick look?"),
  ("rem",))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Salvatore Esposito", "Ristoratore | Fondatore di NapoliDelivery", "Napoli",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppo di ristoratori napoletani per affrontare il lockdown insieme: ci passiamo info su DPCM, fornitori, asporto. "
          "Niente di commerciale, solo colleghi. Ti aggiungo?"),
  ("msg", "Alex benvenuto! Allora, visto che ci siamo, ti presento NapoliDelivery, la piattaforma che ho lanciato: commissione al 15% contro il 30% dei soliti, "
          "rider nostri. Per i primi del gruppo attivazione a 99 € invece di 250. Ti mando il contratto?", (2, 6)),
  ("msg", "Alex, ti scrivo di nuovo perché a fine mese chiudiamo le attivazioni scontate. Già 23 locali del Vomero sono dentro, manca solo la tua pizzeria. Firmi?"))
P("bait_and_switch_invitation", "en", "Grant Whitfield", "Host, Hospitality Owners Peer Circle", "Dublin",
  ("inv", "Alex, I run a small peer circle for independent restaurant owners across Europe - a call every Friday, we compare notes on the shutdown. "
          "No vendors, no pitches. Would love your Italian perspective."),
  ("msg", "Great to have you in, Alex. Between us: a lot of the group has used our partner's merchant cash advance to get through the closure - "
          "up to €80k in 48 hours, repaid from card takings. I can get you a quote today if you send me your last 6 months of POS data."))
P("bait_and_switch_invitation", "it", "Lorena Manzo", "Consulente di marketing per la ristorazione", "Roma",
  ("inv", "Buongiorno Alex! Ho scritto una guida gratuita, \"10 passi per ripartire dopo il lockdown\", pensata per trattorie e pizzerie. "
          "Se ci colleghiamo te la mando volentieri, spero sia utile."),
  ("msg", "Ciao Alex, ecco la guida! Se vuoi applicarla davvero, ho un percorso di accompagnamento di 6 settimane per la riapertura: menu, prezzi, social, delivery. "
          "Costa 1.200 € ma per chi scarica la guida è 890 €. Ti blocco un posto?"),
  ("msg", "Ehi Alex, ultimi due posti per il percorso di maggio. Se vuoi ti faccio pagare in due rate. Fammi sapere entro venerdì!"))
P("bait_and_switch_invitation", "es", "Andrés Molina", "Hostelero | Casa Molina, Valencia", "Valencia",
  ("inv", "Hola Alex, soy hostelero en Valencia y estamos como vosotros. ¿Me cuentas cómo estáis haciendo la comida para llevar? "
          "Me interesa mucho cómo os organizáis con los pedidos y el reparto."),
  ("msg", "Gracias por aceptar, Alex. Te cuento que además del restaurante represento en Italia a PackVerde, envases compostables para delivery. "
          "Te puedo hacer precio de distribuidor si pides 5.000 unidades. ¿Te mando el catálogo y la tarifa?", (3, 8)))
P("bait_and_switch_invitation", "de", "Stefan Huber", "Gastronom | Pizzeria Vesuvio Innsbruck", "Innsbruck",
  ("inv", "Servus Alex, ich führe eine Pizzeria in Innsbruck und würde mich gern mit Kollegen in Neapel austauschen – Teig, Öfen, wie ihr die Krise übersteht. "
          "Freue mich auf Kontakt!"),
  ("msg", "Hallo Alex, danke! Kleiner Hinweis: Ich bin auch Vertriebspartner für Elektro-Pizzaöfen aus Südtirol. Gerade jetzt vor der Wiedereröffnung "
          "gibt es 20 % Rabatt, Lieferung nach Neapel inklusive. Soll ich dir ein Angebot schicken?"))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Valerio Capasso", "Ricercatore di mercato | Food Insights Sud", "Napoli",
  ("inm", "Indagine sul settore ristorazione a Napoli", "Buongiorno Alex, stiamo raccogliendo dati sull'impatto della chiusura sui ristoranti napoletani. "
          "Il questionario richiede 5 minuti e i risultati saranno condivisi gratuitamente con tutti i partecipanti. Posso contare su di lei?"),
  ("inm", "Grazie + una proposta", "Grazie per la disponibilità, Alex. Dalle risposte emerge che i ristoranti come il suo perdono molte prenotazioni: "
          "il nostro software di prenotazione con caparra online costa 39 €/mese. Le attivo la prova?"))
P("bait_and_switch_inmail", "en", "Kelly Harmon", "Editor, Taste of the South – travel & food magazine", "London",
  ("inm", "Featuring family restaurants in Naples", "Hi Alex, we're running a series on family-run restaurants getting through the pandemic and "
          "Tre Archi came up. Would you be open to a short interview? It's a free feature, readers love these stories."),
  ("inm", "Your feature - next steps", "Thanks Alex! To confirm your slot in the series we ask for a contribution of €350 toward photography and "
          "promotion, which includes a sponsored post on our Instagram. Invoice attached, let me know if you have questions.", (4, 9)),
  ("inm", "Re: Your feature", "Hi Alex, just following up on the invoice so we can keep Tre Archi in the May issue. Happy to offer 10% off if settled this week."))
P("bait_and_switch_inmail", "fr", "Nadia Benali", "Développement réseau | Pizza Bella Franchise", "Nice",
  ("inm", "Étude sur la pizza napolitaine en France", "Bonjour Alex, nous réalisons une étude sur les pizzerias napolitaines authentiques et nous aimerions "
          "recueillir l'avis d'un vrai pizzaiolo de Naples. Un échange de 20 minutes, en toute simplicité ?"),
  ("inm", "Suite à notre échange", "Merci Alex. Comme je vous disais, nous cherchons des partenaires pour ouvrir sous notre enseigne en Italie. "
          "Le droit d'entrée est de 25 000 € et la redevance de 5 % : je vous envoie le dossier de candidature ?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Pasquale Russo", "Pizzaiolo | Formatore impasti", "Portici",
  ("end",), ("end",),
  ("msg", "Uè Alex, ti ho messo un paio di competenze, {skill} compresa 😉 Fammi 'na cortesia, mettimi pure tu \"Pizzeria\" e \"Formazione\", "
          "sto cercando lavoro come istruttore e il profilo deve sembrare serio. Grazie fratello!"))
P("endorse_me_back", "en", "Daniel Okafor", "Food blogger | Eats Across Italy", "Roma",
  ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill}, well deserved. Could you return the favour and endorse me for Food Photography and Content Creation? "
          "Trying to get my profile noticed by brands. Cheers!"))
P("endorse_me_back", "es", "Carmen Ruiz", "Jefa de cocina | Catering Ruiz", "Málaga",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he validado {skill} y Catering. ¿Podrías validarme tú también Gestión de cocina y Catering? "
          "Estoy actualizando el perfil para buscar trabajo cuando acabe el ERTE. ¡Mil gracias!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Antonio Di Martino", "Distribuzione vini | Campania Felix Wines", "Avellino",
  ("inv", "Buongiorno Alex, distribuiamo Aglianico, Fiano e Greco di piccole cantine irpine. Per la riapertura abbiamo listini dedicati alla ristorazione, "
          "posso passare a farle assaggiare qualcosa?"),
  ("rem",),
  ("inm", "Nessuna risposta?", "Alex, le ho scritto due volte e neanche una riga di risposta. Capisco che siete chiusi, ma un minimo di educazione non costa niente. "
          "Con gente così non mi stupisco che la ristorazione napoletana sia messa come sta."))
P("hostility_after_decline", "en", "Bradley Hutch", "Hospitality Investor", "Miami", ("inv", DEFAULT),
  ("inm", "Seriously?", "You ignored my invite. I've connected with restaurant owners all over the world and you're too busy? "
          "That's exactly why small places like yours go under. Good luck, you'll need it."))
P("hostility_after_decline", "it", "Vincenzo Grasso", "Cuoco | Pizzaiolo | Disponibile subito", "Torre del Greco",
  ("inv", "Buonasera, sono pizzaiolo con 6 anni di esperienza al forno a legna. Cercate qualcuno per quando riaprite? Sono disponibile anche per il catering. Grazie"),
  ("rem",),
  ("inm", "Complimenti", "Complimenti davvero. Uno vi chiede lavoro con rispetto e nemmeno lo guardate. Poi vi lamentate che non trovate personale. "
          "Siete tutti uguali voi padroni, ve lo dico io."))
P("hostility_after_decline", "de", "Uwe Brandt", "Vertriebsleiter Italien | Kaffeemaschinen & Service", "Bozen",
  ("inv", "Guten Tag, wir bieten Siebträgermaschinen zur Miete inkl. Wartung – ideal für den Neustart. Darf ich Ihnen ein Angebot schicken?"),
  ("inm", "Ihre Absage", "Herr Alex, ich finde es ziemlich unprofessionell, eine Kontaktanfrage einfach liegen zu lassen. In Deutschland antwortet man wenigstens. "
          "Das sagt viel über Ihren Betrieb."))

# =============================================================== hostility_connection (the rude supplier after the switch)
P("hostility_connection", "it", "Raffaele Cozzolino", "Caseificio Cozzolino | Fior di latte e bufala", "Caserta",
  ("msg", "Alex buongiorno, con la chiusura vi abbiamo tenuto le consegne ridotte, ma per la riapertura vi consiglio di prenotare ora: "
          "listino nuovo in allegato, sopra i 50 kg a settimana vi faccio il 5%."),
  ("msg", "Alex ti ricordo l'ordine per la settimana del 4 maggio, se non confermi entro giovedì non garantisco il fior di latte."),
  ("msg", "Ho saputo che hai preso il latticino da un altro. Dopo dieci anni che ti servo, anche quando pagavi a 90 giorni. Sei un ingrato, "
          "e in zona lo sanno tutti come tratti i fornitori. Non farti più sentire."))
P("hostility_connection", "en", "Howard Klein", "Senior Account Manager, Southern Europe | Deliverando", "Milano",
  ("msg", "Hi Alex, with dine-in closed your listing should be on promoted placement. It's €150/week and we've seen orders triple. Shall I switch it on?"),
  ("msg", "Alex, I saw you paused your Deliverando store and moved to your own delivery. Frankly that's a naive move - you'll lose every customer you built on our app. "
          "Don't come crying back when the orders dry up, because the terms won't be this good again."))
P("hostility_connection", "es", "Rubén Castaño", "Exportación | Ibéricos Castaño", "Salamanca",
  ("msg", "Hola Alex, te escribo porque tenemos lote de paleta ibérica de bellota a precio de liquidación por el cierre de la hostelería. ¿Te mando 10 piezas?"),
  ("msg", "Alex, oferta final: 10 paletas con el transporte a Nápoles incluido. Se acaba esta semana."),
  ("msg", "Veo que al final le compras al de Parma. Muy bonito. Te he dedicado tiempo y ni me contestas. Eres un maleducado y un mal profesional, que lo sepas."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Loredana Sepe", "Consulente assicurativa | Polizze per attività commerciali", "Napoli",
  ("msg", "Ciao Alex, la chiusura forzata ha mostrato che pochi ristoranti hanno una copertura per interruzione d'attività. Ti faccio un preventivo per la polizza multirischio?"),
  ("msg", "Alex, la compagnia ha aperto una finestra fino al 30 aprile con premio ridotto. Ci sentiamo 10 minuti al telefono?"))
P("connection_only_pitches", "en", "Kevin Marsh", "Founder | GhostKitchen Partners", "Amsterdam",
  ("msg", "Alex, your kitchen is idle - let's make it earn. We run delivery-only virtual brands (burgers, poke) out of restaurants like yours. Setup fee €1,500, you cook, we market."),
  ("msg", "Following up: 4 places in Naples have already signed. Want the deck?"),
  ("msg", "Last note from me: the setup fee goes up to €2,000 in May. Let me know if you want to lock it in."))
P("connection_only_pitches", "it", "Fabio Marino", "Forniture DPI e igienizzanti | Marino Srl", "Nola",
  ("msg", "Buongiorno Alex, abbiamo disponibilità immediata di mascherine, gel igienizzante in taniche da 5 lt e termometri a infrarossi. Listino per ristoratori in allegato."),
  ("msg", "Alex, per la fase 2 servono anche i pannelli in plexiglass tra i tavoli: li facciamo su misura, consegna in 5 giorni. Ti interessa un sopralluogo?"))
P("connection_only_pitches", "fr", "Julien Moreau", "Négociant en vins | Maison Moreau Bordeaux", "Bordeaux",
  ("msg", "Bonjour Alex, avec la fermeture des restaurants, nous proposons des lots de bordeaux 2015 à prix négociant. Je vous envoie la liste ?"),
  ("msg", "Alex, je relance : il reste 40 caisses de Saint-Émilion à -30 %. Livraison en Italie incluse à partir de 10 caisses."))

# =============================================================== single_pitch
P("single_pitch", "it", "Angela Vitiello", "Titolare | Plexi Design Campania", "Marcianise",
  ("msg", "Ciao Alex, per la riapertura realizziamo separatori in plexiglass per tavoli e banconi, anche con il logo del locale. Se vuoi ti faccio un preventivo veloce."))
P("single_pitch", "en", "Sophie Turner", "Local SEO specialist for restaurants", "Bristol",
  ("msg", "Hi Alex, I noticed Tre Archi's Google profile still shows old opening hours and no takeaway option. I fix this for restaurants for a flat €199 - want me to sort it?"))
P("single_pitch", "de", "Markus Lehner", "Verkauf | Vakuumiertechnik für Profis", "Augsburg",
  ("msg", "Hallo Alex, viele Restaurants verkaufen jetzt Gerichte zum Mitnehmen im Glas oder vakuumiert. Unsere Kammermaschinen gibt es gerade mit 15 % Nachlass. Interesse?"))
P("single_pitch", "es", "Elena Prieto", "Fundadora | PideYa – webs de pedidos sin comisiones", "Madrid",
  ("msg", "¡Hola Alex! Con PideYa tendrías tu propia web de pedidos para llevar, sin comisiones por pedido, por 49 €/mes. ¿Te hago una demo?"))

# =============================================================== connection_brings_value (lockdown tips among restaurateurs)
P("connection_brings_value", "it", "Teresa Parisi", "Ristoratrice | Osteria Parisi, Benevento", "Benevento",
  ("msg", "Alex, ti giro il protocollo che abbiamo preparato con il nostro RSPP per la riapertura: distanze, sanificazione, registro clienti. "
          "Usalo pure, cambia solo il nome del locale. Se ti serve il contatto del consulente te lo passo, è bravo e non ti spenna."))
P("connection_brings_value", "it", "Giuseppe Amato", "Pizzeria Amato dal 1962 | Napoli", "Napoli",
  ("msg", "Alex, per il credito d'imposta sugli affitti di marzo serve la ricevuta pagata, il mio commercialista dice di non aspettare. Te lo dico perché io stavo per perderlo."),
  ("msg", "Un'altra cosa: per l'asporto noi usiamo un semplice numero WhatsApp Business con il menu nel catalogo, zero commissioni. Se vuoi ti faccio vedere come l'ho impostato."))
P("connection_brings_value", "en", "Martin O'Connell", "Owner, The Ha'penny Kitchen | Dublin", "Dublin",
  ("end",),
  ("msg", "Alex, sharing the reopening checklist we put together with other Dublin owners - staff rota in pods, one-way flow, card-only. "
          "Google Doc link below, copy whatever helps. We're weeks behind you so I'd love to hear what worked in Naples."))
P("connection_brings_value", "es", "Pilar Serrano", "Restauradora | Coordinadora, Mesa de Hosteleros Independientes", "Barcelona",
  ("msg", "Hola Alex, el martes hacemos una mesa redonda online (gratis) entre restauradores de España, Italia y Portugal para contar cómo estamos preparando la reapertura. "
          "Nos encantaría que contaras la experiencia de Nápoles, aunque sean cinco minutos."))
P("connection_brings_value", "fr", "Hélène Garnier", "Cheffe-propriétaire | Bistrot Garnier, Lille", "Lille",
  ("msg", "Alex, comme promis voici la traduction en italien du guide sanitaire de la profession publié ici, je l'ai fait faire pour notre cuisinier napolitain. "
          "Je vous la partage, ça peut servir à votre équipe."))

# =============================================================== stranger InMail from buyers and a recruiter
P("stranger_inmail_recruiter", "en", "Laura Whitman", "Corporate Events Manager | Halvorsen Pharma", "Basel",
  ("inm", "Catering request – September convention in Sorrento", "Dear Alex, we're planning our sales convention in Sorrento for 22-24 September (about 120 guests, "
          "if travel is allowed). We'd like a Neapolitan dinner on the terrace the second night. Could you send availability and an indicative price per head?"))
P("stranger_inmail_recruiter", "it", "Stefano Mele", "Talent Acquisition | Capri Palace Collection", "Capri",
  ("inm", "Posizione F&B Director – stagione 2021", "Buongiorno Alex, sto cercando un F&B Director per i nostri tre hotel a Capri dalla stagione 2021, "
          "contratto annuale e alloggio. Il suo percorso tra ristorazione ed eventi è molto in linea. Le andrebbe una chiacchierata riservata?"))
P("stranger_inmail_recruiter", "de", "Katrin Vogel", "Incentive-Reisen | Vogel Events München", "München",
  ("inm", "Anfrage: Privates Dinner für Incentive-Gruppe", "Hallo Alex, wir organisieren im Oktober eine Incentive-Reise nach Neapel für 45 Mitarbeitende eines Kunden. "
          "Könnten Sie Ihre Pizzeria an einem Abend exklusiv für uns öffnen, mit Pizzakurs? Bitte um ein Angebot."))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Reid", "Business Funding Advisor | FinRisto", "London",
  ("inm", "Funding for Tre Archi", "Hi Alex, we've approved over 300 restaurants for bridge loans this month. No collateral, decision in 24h. Can I call you tomorrow?"))
P("stranger_inmail_sales", "it", "Ilaria Fontana", "Energy Consultant | Luce&Gas Business", "Napoli",
  ("inm", "Bollette del ristorante", "Gentile Alex, con i locali chiusi sta pagando quote fisse altissime su luce e gas. Passando a noi risparmia fino al 25%. Le preparo un confronto?"),
  ("inm", "Offerta valida fino al 30/4", "Alex, le ricordo che l'offerta bloccata per 24 mesi scade a fine aprile. Mi basta una bolletta per il preventivo."))
P("stranger_inmail_sales", "es", "Diego Herrera", "Sales | FideliApp – programas de fidelización", "Bogotá",
  ("inm", "Fideliza a tus clientes tras el cierre", "Hola Alex, con FideliApp tus clientes acumulan puntos y vuelven más. Plan para restaurantes desde 59 €/mes. ¿Agendamos una demo?"))
P("stranger_inmail_sales", "it", "Marco Santoro", "Responsabile commerciale | Top Ristoranti Napoli", "Napoli",
  ("inm", "Top Ristoranti Napoli 2020", "Salve, la sua pizzeria è stata segnalata dai nostri lettori. Per entrare nella classifica 2020 con la targa da esporre il contributo è 300 €. Le interessa?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Claudio Vitale", "Ristoratore | Trattoria Vitale, Salerno", "Salerno",
  ("inv", "Alex ciao, ci siamo conosciuti alla fiera di Rimini. Con la chiusura ci stiamo inventando l'asporto: ti va di scambiarci contatti e idee tra colleghi campani?"),
  ("msg", "Ecco come promesso la lista dei fornitori di vaschette e buste che ho sentito io, con i prezzi che mi hanno fatto. Il terzo è il più economico ma consegna lento."),
  ("msg", "Alex, novità: ho aperto una società di consulenza per la ripartenza dei locali. Pacchetto completo (HACCP Covid, layout sala, menu asporto) a 800 €. "
          "Per te prezzo da amico, 650. Ci stai?"))
P("good_turns_ugly", "en", "Rebecca Lowe", "Food writer | Southern Italy correspondent", "Napoli",
  ("inv", "Hi Alex, I'm writing a piece on how Naples restaurants are feeding people during the lockdown and would love to include your staff-meal deliveries to the hospital. "
          "No cost, just a chat."),
  ("msg", "The piece is out! Link below - you're in the second section, with a photo of your pizzaioli at the hospital door. Thanks for the time."),
  ("end",),
  ("msg", "Alex, I've just endorsed you for {skill}. Would you mind endorsing me for Food Writing and Journalism? It really helps with commissioning editors right now."))
P("good_turns_ugly", "es", "Sergio Navarro", "Chef | Formador en cocina al vacío", "Bilbao",
  ("inv", "Hola Alex, chef vasco aquí. Te propongo intercambiar recetas de platos para llevar que aguanten bien el transporte; yo te paso las mías de guisos. ¿Hacemos equipo?"),
  ("msg", "Te mando tres fichas técnicas: marmitako, carrilleras y arroz meloso, con gramajes y tiempos de regeneración. Que aproveche."),
  ("msg", "Alex, ya que te gustaron las fichas: he lanzado mi curso online de cocina al vacío para restaurantes, 12 módulos, 390 €. Con el código ALEX20 tienes 20% de descuento."))

# =============================================================== reinvite_known_bad / reinvite_known_ugly
P("reinvite_known_bad", "it", "Enzo Carbone", "Key Account | CassaSmart", "Napoli",
  ("inm", "Nuova cassa per la fase 2", "Buongiorno Alex, con il registratore telematico e il pagamento contactless la nostra cassa è pronta per la fase 2. Le mostro una demo?"),
  ("inv", "Ciao Alex, ho visto che segui anche tu il gruppo Ristoratori Campani. Mi farebbe piacere averti nella mia rete, tra gente del settore."))
P("reinvite_known_bad", "en", "Tom Fielding", "Hospitality Sales | Europe", "Leeds",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we were both on the European restaurateurs' roundtable on Tuesday. Really liked what you said about staff meals. Let's stay in touch."))
P("reinvite_known_ugly", "it", "Gaetano Ferrara", "Rappresentante | Farine e semilavorati per pizzeria", "Nocera Inferiore",
  ("inv", "Alex buongiorno, rappresento un molino dell'agro nocerino: farine tipo 0 e 1 per pizza napoletana, ottimi prezzi sui bancali. Ci sentiamo?"),
  ("inm", "Maleducazione", "Ti ho chiesto il collegamento e mi hai ignorato. Pensi di essere qualcuno perché hai tre locali? Chi ti ha fatto crescere, i fornitori come me. Vergognati."),
  ("inv", "Ciao Alex, ricominciamo da capo? Ho saputo che riaprite a maggio e vorrei solo farti i miei auguri, tra persone del mestiere."))
P("reinvite_known_ugly", "en", "Mia Castellano", "Community Lead | Women in Hospitality Italy", "Roma",
  ("inm", "Women in Hospitality - free mentoring circle", "Hi Alex, we're starting a free mentoring circle for owners of family restaurants in the South. "
          "Your group would be a great example for the younger members. Could I add you to our list?"),
  ("inm", "Membership", "Thanks for your interest, Alex! Membership for business owners is €480/year and includes a listing in our partner directory. "
          "I'll send the payment link."),
  ("inv", "Alex, lovely to see your posts about reopening. Would be happy to connect and keep in touch."))

# =============================================================== the user's own invitations
P("user_invited_pitch_once", "it", "Roberta Palumbo", "Molino Palumbo | Farine per pizza", "Avellino",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Visto che fai pizza, ti propongo la nostra farina di tipo 1 con germe di grano, bancale da 50 sacchi a prezzo riservato. Te la faccio provare?"))
P("user_invited_pitch_once", "en", "Chris Dalton", "Sales Director EMEA | TablePlan booking software", "London",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Since you mentioned reopening with reduced covers: TablePlan handles time slots and deposits automatically. 30-day free trial - shall I set you up?"))
P("user_invited_pitch_once", "fr", "Amélie Roux", "Truffes & produits fins | Maison Roux Périgord", "Périgueux",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Pour la réouverture, je peux vous faire une offre sur la truffe d'été et l'huile truffée, en direct du producteur. Je vous envoie les tarifs ?"))
P("user_invited_pitch_twice", "it", "Luigi Califano", "Torrefazione Califano | Caffè per bar e ristoranti", "Napoli",
  ("acc",),
  ("msg", "Grazie Alex! Allora te lo dico subito: se passi alla nostra miscela ti diamo la macchina in comodato gratuito e le tazzine. Quando possiamo vederci?"),
  ("msg", "Alex, ti ho lasciato un messaggio anche in pizzeria. L'offerta della macchina in comodato vale fino a fine maggio, poi torna a pagamento."))
P("user_invited_pitch_twice", "es", "Raquel Domínguez", "Directora comercial | Conservas del Cantábrico", "Santander",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te cuento: nuestras anchoas del Cantábrico ya están en varios restaurantes de Nápoles. ¿Te mando muestras y tarifa para hostelería?"),
  ("msg", "Hola Alex, ¿pudiste ver la tarifa? Este mes tenemos portes gratis a Italia para pedidos de más de 300 €."))
P("user_invited_pitch_twice", "de", "Florian Weiss", "Key Account Gastronomie | Spültechnik-Leasing", "Stuttgart",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Für die Wiedereröffnung: Unsere Haubenspülmaschine gibt es im Leasing ab 89 € im Monat, inklusive Service. Soll ich ein Angebot machen?"),
  ("msg", "Hallo Alex, kurze Erinnerung an unser Leasing-Angebot. Bis Ende April entfällt die Installationsgebühr."))
P("user_invited_value", "it", "Dario Marchese", "Consigliere | Associazione Commercianti Chiaia", "Napoli",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Ti segnalo che il Comune sta preparando la delibera per l'occupazione gratuita di suolo pubblico per i tavoli all'aperto fino a ottobre. "
          "Ti mando la bozza appena ce l'ho, conviene fare subito la domanda."))
P("user_invited_value", "en", "Ben Hartley", "Private Events Coordinator | Hartley & Moss", "London",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. One of our clients wants to move their 40th-birthday dinner to Naples next spring, around 60 guests. "
          "Could you quote for a private hire of the trattoria with a set menu? Dates are flexible."))
P("user_invited_value", "it", "Chiara Romano", "Sous-chef | In cerca di nuova esperienza", "Napoli",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta, Alex. Come ci eravamo detti prima della chiusura, ti lascio il curriculum aggiornato: da giugno sono libera "
          "e mi piacerebbe entrare nella brigata del catering. Posso fare una prova quando vuoi."))
P("acceptance_only", "it", "Paola Gallo", "Direttrice | Scuola Alberghiera Cavalcanti", "Napoli", ("acc",))
P("acceptance_only", "en", "Nick Romano", "Wine importer | Romano Selections", "New York", ("acc",))
P("lone_endorsement", "it", "Annalisa Riccio", "Ex cameriera | Studentessa di Economia", "Napoli", ("end",))
P("lone_endorsement", "es", "Tomás Gil", "Cocinero | Antiguo compañero de Tre Archi", "Granada", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Federica Ruocco", "federica@ruoccoeventi.example.it", "Matrimonio Esposito-Sorrentino: richiesta catering",
     "Ciao Alex,\n\nti ho anche mandato il collegamento su LinkedIn. Ti riassumo: 90 ospiti, 19 settembre, villa a Posillipo, menu di mare.\n\nFederica", "it"),
    ("Commercialista Dott. Iervolino", "studio@iervolino.example.it", "Cassa integrazione in deroga: documenti",
     "Gentile Alex,\n\nmi servono entro lunedì gli elenchi dei dipendenti dei tre locali. PS: ho visto il webinar FIPE che mi ha girato da LinkedIn, ne parliamo al telefono.", "it"),
    ("Deliverando Partner Support", "partners@deliverando.example.com", "Your store is paused",
     "Hi Alex,\n\nyour store Pizzeria Tre Archi has been paused at your request. Our account managers may contact you by phone or LinkedIn.", "en"),
    ("Mercato Ittico Pozzuoli", "ordini@mercatoittico.example.it", "Conferma ordine asporto venerdì",
     "Buongiorno,\n\nconfermiamo 12 kg di alici e 8 kg di polpo per venerdì. Ci trovate anche su LinkedIn e Instagram come Mercato Ittico Pozzuoli.", "it"),
    ("Albrecht Kulturreisen", "info@albrecht-kulturreisen.example.de", "Gruppenreise Kampanien Oktober 2020",
     "Hallo Alex,\n\nich habe Ihnen auch über LinkedIn geschrieben. Anbei unser vorläufiges Programm; der Abend in Neapel wäre der 14. Oktober.\n\nJonas Albrecht", "de"),
    ("Camille Durand", "camille@comptoirdupanier.example.fr", "Protocole sanitaire",
     "Bonjour Alex,\n\nvoici le protocole dont je vous parlais sur LinkedIn, en PDF. Bon courage pour la suite.\n\nCamille", "fr"),
    ("Lucía Campos", "lucia.campos@correo.example.es", "Currículum - camarera",
     "Hola Alex,\n\nte mando mi currículum por aquí por si no ves LinkedIn. Estoy disponible desde mayo.\n\nUn saludo,\nLucía", "es"),
    ("Trattoria Tre Archi – prenotazioni", "prenotazioni@trearchi.example.it", "Nuovo ordine asporto #0412",
     "Nuovo ordine da sito: 2 margherite, 1 genovese, consegna ore 20:30. Il cliente dice di averci trovato tramite un post su LinkedIn.", "it"),
]

# the older (2016) layout for about one person in five; the rest in the newer one
OLD_LAYOUT = {"Gennaro Iovine", "Ciro Scognamiglio", "Marianna Cuomo", "Antonio Di Martino", "Raffaele Cozzolino", "Loredana Sepe",
              "Giuseppe Amato", "Claudio Vitale", "Gaetano Ferrara", "Luigi Califano", "Paola Gallo", "Julien Moreau", "Sabine Kugler", "Teresa Parisi"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev199 corpus. Generated by scripts/make_corpus_dev199.py (seed {SEED}); do not edit by hand.",
          "# March to early May 2020 of the owner of a family restaurant group in Naples who also sells catering and private events: buyers, "
          "food suppliers, POS and delivery-app sellers, cooks and waiters applying, restaurateurs sharing lockdown tips, paid guide listings, "
          "a rude supplier after a switch; Italian, English, Spanish, some French and German. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li199(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2020), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories199(cs.EraStories):
    """Stories inside March to early May 2020: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li199(self.g, self.b)
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
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev199")
    args = ap.parse_args()
    check_notes()
    c = Stories199(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(12)
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
