#!/usr/bin/env python3
"""Write mailbot's dev164 corpus: tests/corpus/dev164/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2021, harvest time) in the LinkedIn
inbox of Alex Morgan, managing director of Château Haut-Brignac, a family wine estate in the
Entre-Deux-Mers near Bordeaux. Who writes: importers, wine shops and restaurants that want to
buy; sellers of bottles, labels, capsules, corks and cellar equipment; pay-to-exhibit wine fairs
and paid "medal" competitions; wine critics and journalists; sommeliers and cellar hands
applying for work; export "consultants" with retainers; neighbouring growers sharing harvest
news; a distributor who turns rude after a refused discount. French, English and German, some
Italian and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 September and 31 October 2021),
the story gaps, the footer year of the older layout, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, the order of the spoofing methods and the pitches that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev164.py              # writes tests/corpus/dev164
    python scripts/make_corpus_dev164.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210906

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2021, 9, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2021, 10, 31, 19, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (16, 26)})


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


# ------------------------------------------------------------------ a family wine estate near Bordeaux (this process only)
RHEADLINE = "Directeur général | Château Haut-Brignac, vignoble familial en Entre-Deux-Mers"
SKILLS = {
    "en": ["Winemaking", "Viticulture", "Wine Export", "Wine Tasting", "Family Business Management", "Sales"],
    "de": ["Weinbau", "Önologie", "Weinexport", "Weinverkostung", "Unternehmensführung"],
    "fr": ["Viticulture", "Œnologie", "Export", "Dégustation", "Gestion d'entreprise familiale", "Vente de vins"],
    "es": ["Viticultura", "Enología", "Exportación de vino", "Cata de vinos", "Gestión de empresa familiar"],
    "it": ["Viticoltura", "Enologia", "Export vino", "Degustazione", "Gestione aziendale"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
# LinkedIn's own wording of spoofs and other mail: Alex reads LinkedIn mostly in French, at times in English
mc.LANGS[:] = ["fr", "en", "fr", "en", "fr"]
mc.CITY["fr"] = ["Bordeaux", "Libourne", "Paris", "Cognac", "Lyon", "Bruxelles"]
mc.CITY["en"] = ["London", "Bordeaux", "New York", "Hong Kong", "Dublin", "Toronto"]
mc.JOBS[:] = [("Directeur commercial export", "Maison Verdier & Fils"), ("General Manager – Estate", "Ashcombe Wine Estates"),
              ("Responsable des ventes Grands Comptes CHR", "Les Caves du Bassin"), ("Directeur d'exploitation viticole", "Vignobles Lacombe"),
              ("Export Manager Asia", "Bordeaux Heritage Négoce")]
mc.COMPANIES["good"] = ["Maison Verdier & Fils", "Château Ségur-Lalande", "Vinexpo Academy", "Terre de Vins", "Nordic Wine Import AB",
                        "Weinhaus Brenner", "Le Bistrot du Port", "Université de Bordeaux – ISVV"]
mc.COMPANIES["sales"] = ["Verallia Distribution", "EtiqPrint Aquitaine", "CorkSure", "WineExpo Global", "ExportBoost Consulting",
                         "VinoLead", "Grand Concours des Vins d'Or"]
mc.HEADLINES["good"] = ["Maître de chai chez {co}", "Head Sommelier at {co}", "Acheteur vins chez {co}", "Winemaker | {co}",
                        "Journaliste vin | {co}", "Export Manager, {co}"]
mc.HEADLINES["sales"] = ["Chargé d'affaires | {co}", "Business Developer Wine & Spirits | {co}", "Sales Manager Europe at {co}",
                         "Fondateur | {co} – on vend votre vin à l'export", "Account Executive | {co}"]
# spoofs: look-alikes first, then display names, failing and forged authentication
mc.SPOOF_METHODS[:] = ["lookalike:linkedin-mail.co", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "buried",
                       "untrusted:mx.example.org", "noauth", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I sent you our purchase order for 600 cases. Please sign in to view the PO and confirm the pro forma before shipping.",
           "Hello {first}, your estate was pre-selected for our Gold Medal guide. Log in to confirm your entry and pay the listing fee today."],
    "de": ["Hallo {first}, ich habe Ihnen unsere Bestellung über 300 Kartons freigegeben. Bitte melden Sie sich an, um sie zu bestätigen.",
           "Guten Tag {first}, Ihr Weingut wurde für unseren Weinführer ausgewählt. Bestätigen Sie den Eintrag im Portal."],
    "fr": ["Bonjour {first}, je vous ai transmis notre bon de commande pour 600 caisses. Connectez-vous pour le consulter et valider la facture pro forma.",
           "Bonjour {first}, votre domaine est présélectionné pour le Guide des Médailles d'Or. Connectez-vous pour confirmer votre inscription et régler les frais."],
    "es": ["Hola {first}, te he enviado nuestra orden de compra de 600 cajas. Inicia sesión para verla y confirmar la proforma.",
           "Hola {first}, tu bodega ha sido preseleccionada para nuestra guía de medallas. Confirma tu inscripción en el portal."],
    "it": ["Ciao {first}, ti ho inviato il nostro ordine per 600 casse. Accedi per vederlo e confermare la proforma.",
           "Ciao {first}, la tua tenuta è stata preselezionata per la nostra guida. Accedi per confermare l'iscrizione."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directeur commercial vins »", "Votre alerte emploi pour directeur de domaine viticole à {city}"),
           "news": "Vendanges 2021 : le gel d'avril pèse sur les volumes", "group": "Meilleures discussions dans Vignerons de Gironde",
           "newsletter": "Le Courrier du Chai : vendre en Asie après la crise"},
    "en": {"job": ("{n} new jobs for \"estate manager wine\"", "Your job alert for wine export manager in {city}"),
           "news": "Why are Bordeaux prices climbing in 2021?", "group": "Top conversations in Wine Trade Professionals",
           "newsletter": "Cellar Notes: shipping wine to the US after the tariffs"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Henrik Lindqvist", "Wine Buyer | Nordic Wine Import AB", "Stockholm",
  ("inv", "Hello Alex, I buy for a Swedish importer that supplies Systembolaget tenders. Tasted your 2018 Côtes de Bordeaux at a trade dinner and we'd like "
          "samples for the spring tender (red, under 150 SEK shelf). Can we connect so I can send the brief?"),
  ("rem",))
P("good_invitation", "fr", "Camille Duroc", "Sommelière | ex-Le Chapon Fin", "Bordeaux",
  ("inv", "Bonjour, j'ai vu que vous cherchiez quelqu'un pour le caveau et les visites en anglais cet automne. Sommelière depuis 6 ans, je parle anglais "
          "et espagnol, dispo dès octobre. Je peux passer déposer mon CV au château si ça vous arrange."))
P("good_invitation", "de", "Ulrike Fassbender", "Weinjournalistin | Vinum, Falstaff (frei)", "Köln",
  ("inv", "Guten Tag, ich schreibe für Vinum ein Dossier über kleine Familiengüter im Entre-Deux-Mers und wie sie mit dem Frost im April umgehen. "
          "Hätten Sie Zeit für ein Gespräch, gern auch vor Ort während der Lese? Der Artikel ist redaktionell, keine Anzeige."),
  ("rem",))
P("good_invitation", "it", "Davide Russo", "Titolare | Enoteca Russo dal 1962", "Verona",
  ("inv", "Buongiorno Alex, ho assaggiato il vostro bianco a Bordeaux a giugno e vorrei metterlo in carta nella mia enoteca. Acquisto diretto, "
          "una cinquantina di casse l'anno per iniziare. Possiamo sentirci per listino e condizioni di spedizione?"))
P("good_invitation", "fr", "Marc-Antoine Vidal", "Vigneron | Château La Roque-Sauveterre", "Sauveterre-de-Guyenne",
  ("inv", "Salut Alex, voisin de l'autre côté de la D671 😊 on monte un petit groupe d'entraide pour partager la machine à vendanger et l'info sur le mildiou. "
          "Gratuit, entre domaines familiaux. Ça te dit ?"))
P("good_invitation", "es", "Lucía Ferrán", "Jefa de Sala y Sumiller | Restaurante Arbola", "San Sebastián",
  ("inv", "Hola Alex, llevo la carta de vinos de un restaurante en Donostia y queremos ampliar la sección de Burdeos con pequeñas propiedades. "
          "¿Podrías mandarme la ficha técnica y precios para restauración? Compramos directo."),
  ("rem",))
P("good_invitation", "en", "Grace Okafor", "Student, MSc Wine Business | Kedge Bordeaux", "Bordeaux",
  ("inv", "Hi Alex, I'm writing my master's thesis on how family estates set export prices after the US tariffs. Would you answer a 20-minute interview? "
          "Anonymous, and I'll share the final report with everyone who took part."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Jérôme Castaing", "Commercial | Emballages & Cartonnage", "Langon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Mitchell", "Business Owner", "Manchester", ("inv", NONOTE))
P("default_invitation", "de", "Sabine Köhler", "Vertrieb | Weinhandel", "Mainz", ("inv", DEFAULT))
P("default_invitation", "it", "Giorgio Pellegrini", "Agente di commercio settore vini", "Asti", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Nathalie Brun", "Chargée d'affaires vins & spiritueux | Verallia Distribution", "Cognac",
  ("inv", "Bonjour Alex, suite aux tensions sur le verre cette année, nous réservons dès maintenant les volumes 2022. Bouteille bordelaise 75 cl allégée, "
          "prix bloqué 12 mois. Je vous envoie une cotation ? 10 min au téléphone suffisent."))
P("sales_invitation", "en", "Tom Harrington", "Sales Director | WineExpo Global – Asia Pavilion", "Singapore",
  ("inv", "Hi Alex! We still have 3 booths in the Bordeaux pavilion at WineExpo Hong Kong. 9 sqm fully fitted, 4,900 EUR, buyers' matchmaking included. "
          "Shall I hold one for Château Haut-Brignac?"),
  ("rem",))
P("sales_invitation", "fr", "Olivier Mancel", "Fondateur | EtiqPrint Aquitaine – étiquettes adhésives premium", "Mérignac",
  ("inv", "Bonjour, dorure à chaud, gaufrage, papier vergé : on imprime les étiquettes de 40 châteaux girondins. Je peux passer au domaine avec un "
          "nuancier et vous faire un devis pour le millésime 2021 ?"))
P("sales_invitation", "de", "Lukas Brandl", "Key Account | CorkSure Naturkorken", "Wien",
  ("inv", "Hallo Alex, TCA-freie Naturkorken mit Einzelprüfung, garantiert. Wir haben für Bordeaux-Güter ein Einführungsangebot für die Füllung "
          "im Frühjahr. Darf ich Ihnen Muster und Preisliste schicken?"))
P("sales_invitation", "es", "Marcos Albero", "Business Developer | VinoLead – leads B2B para bodegas", "Valencia",
  ("inv", "Hola Alex, conseguimos reuniones con importadores de EE. UU. y México para bodegas europeas. Pago por reunión cualificada, 250 €. "
          "¿Te cuento cómo funciona en una llamada rápida?"))
P("bait_and_switch_invitation", "fr", "Bertrand Lescure", "Consultant export vins | ex-négoce bordelais", "Bordeaux",
  ("inv", "Bonjour Alex, j'anime un cercle informel de propriétaires de l'Entre-Deux-Mers qui veulent exporter sans passer par la place. "
          "On échange contacts et retours d'expérience, une fois par mois. Vous seriez le bienvenu."),
  ("msg", "Merci d'avoir accepté ! Pour aller plus loin que le cercle, j'accompagne les domaines à l'export : diagnostic, ciblage importateurs, "
          "présence sur 2 salons. Forfait 1 800 € HT par mois, engagement 6 mois. Je vous envoie la proposition ?", (3, 9)),
  ("msg", "Alex, je me permets de relancer : il me reste une place pour démarrer en novembre, juste avant Prowein.", (4, 9)))
P("bait_and_switch_invitation", "en", "Chloe Bramwell", "Founder | Women in Wine Export Network", "London",
  ("inv", "Hi Alex, I run a small network of estate owners and export managers swapping notes on the UK market post-Brexit: duty, labelling, "
          "who pays on time. Free, no sponsors. Would love you in it."),
  ("msg", "So glad you joined! Quick one: our members get UK listings through our consultancy arm. Onboarding is £2,500 then 8% of sales. "
          "Want me to book you a call with my partner?", (4, 10)))
P("bait_and_switch_invitation", "de", "Florian Weissgerber", "Weinhändler & Berater | Bordeaux-Spezialist", "Freiburg",
  ("inv", "Hallo Alex, kurze Frage von Kollege zu Kollege: wie handhaben Sie die Primeur-Kontingente bei kleinen Mengen? Ich überlege, ob sich das "
          "für unsere Kunden lohnt, und würde mich gern austauschen."),
  ("msg", "Danke für die Vernetzung! Um ehrlich zu sein: ich vermittle auch Vertriebspartner für Deutschland. Gegen eine Aufnahmegebühr von 1.200 € "
          "stelle ich Ihre Weine 30 Händlern vor. Interesse?", (2, 7)),
  ("msg", "Hallo Alex, nur zur Erinnerung, das Angebot mit der Händlervorstellung gilt noch bis Monatsende.", (5, 10)))
P("bait_and_switch_invitation", "it", "Federica Colonna", "Wine Marketing | Autrice del blog Calici e Territori", "Firenze",
  ("inv", "Ciao Alex, sto scrivendo una guida gratuita ai piccoli château di Bordeaux per i lettori italiani. Mi piacerebbe includere il vostro: "
          "posso farti qualche domanda?"),
  ("msg", "Grazie mille! Per entrare nella guida c'è un contributo di visibilità di 390 €, che comprende scheda, foto e due post sponsorizzati. "
          "Ti mando il modulo?", (3, 8)))
P("bait_and_switch_invitation", "fr", "Stéphane Garrigue", "Président | Club des Vignerons Connectés", "Libourne",
  ("inv", "Bonsoir Alex, on organise un apéro-dégustation gratuit entre vignerons le 23 septembre à Libourne, thème : vendre en direct après le Covid. "
          "Je vous ajoute à la liste ?"),
  ("msg", "Ravi de vous compter parmi nous ! Au fait, nos adhérents utilisent notre boutique en ligne mutualisée : 990 € d'adhésion annuelle "
          "+ 12 % de commission. On cale un rendez-vous pour l'ouvrir à votre domaine ?", (5, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Jason Whitfield", "Contributing Editor | The Cellar Report", "New York",
  ("inm", "Feature on Entre-Deux-Mers estates", "Hi Alex, I'm putting together a feature on value Bordeaux from family estates for our US readers. "
          "Could you send two or three bottles and a few lines on the 2019 vintage? Happy to taste them blind with the panel."),
  ("inm", "Re: Feature on Entre-Deux-Mers estates", "Thanks for getting back to me! To secure a scored review and a spot in the feature we ask "
          "participating estates for an editorial fee of $650 per wine. I can invoice the estate directly.", (3, 8)))
P("bait_and_switch_inmail", "fr", "Isabelle Roux-Delmas", "Fondatrice | Bordeaux Export Academy", "Paris",
  ("inm", "Webinaire offert : exporter en Chine", "Bonjour Alex, nous proposons jeudi un webinaire gratuit avec un importateur de Shanghai sur les "
          "nouvelles règles d'étiquetage. Je vous envoie le lien ?"),
  ("inm", "Suite au webinaire", "Merci d'avoir suivi le webinaire ! Comme annoncé, nous ouvrons notre programme d'accompagnement Chine : 6 900 € HT, "
          "mission de prospection incluse. Les inscriptions ferment vendredi.", (4, 9)),
  ("inm", "Dernières places", "Alex, il reste deux places pour la mission de décembre. Je peux vous réserver la vôtre ?", (3, 7)))
P("bait_and_switch_inmail", "de", "Jonas Eberhardt", "Geschäftsführer | VinoMatch", "Hamburg",
  ("inm", "Frage zu Ihrer Abfüllung", "Hallo Alex, ich bin selbst Quereinsteiger mit einem kleinen Weingut an der Mosel und hätte eine Frage: Füllen Sie "
          "selbst ab oder mit mobiler Abfüllanlage? Wir überlegen gerade, was sich bei 40.000 Flaschen rechnet."),
  ("inm", "Danke + Idee", "Danke für die ausführliche Antwort! Übrigens: mit VinoMatch bringen wir Weingüter mit deutschen Gastronomen zusammen. "
          "Für 149 € im Monat sind Sie dabei, erste drei Monate zum halben Preis. Soll ich Sie freischalten?", (4, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Pauline Arnaud", "Œnologue conseil indépendante", "Saint-Émilion",
  ("end",), ("end",),
  ("msg", "Coucou Alex, je t'ai recommandé pour {skill} (et plus, c'est mérité 🍷). Tu pourrais me rendre la pareille sur Œnologie et Assemblage ? "
          "Je relance mon activité de conseil et ça compte pour les nouveaux clients. Merci !"))
P("endorse_me_back", "en", "Kevin Doyle", "Wine Importer | Doyle & Sons Fine Wines", "Cork",
  ("end",),
  ("msg", "Alex, endorsed you for {skill} earlier today. Any chance you'd do the same for me on Wine Sales and Import Logistics? "
          "Trying to beef up the profile before the Dublin trade show."))
P("endorse_me_back", "es", "Rodrigo Salinas", "Enólogo | Asesor de bodegas", "Logroño",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te he validado {skill}, que te lo mereces. Te pido un favorcito: ¿me validas Enología y Viticultura? Estoy buscando nuevas bodegas "
          "para asesorar y ayuda mucho. ¡Un abrazo desde La Rioja!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Gilles Mazeau", "Directeur | Salon des Vins de Terroir", "Toulouse",
  ("inv", "Bonjour Alex, exposez au Salon des Vins de Terroir en novembre : 3 000 visiteurs, stand à partir de 1 450 €. Je vous réserve un emplacement ?"),
  ("rem",),
  ("inm", "Sans réponse", "Bonjour, trois semaines sans la moindre réponse. Je trouve ça franchement méprisant. Les châteaux bordelais se croient encore "
          "en 1990, c'est pour ça que vous ne vendez plus rien. Bonne chance."))
P("hostility_after_decline", "en", "Brad Kessler", "CEO | SommSelect Partners", "Dallas",
  ("inv", NONOTE),
  ("inm", "Really?", "Sent you a connection request two weeks ago, nothing. I've placed wines in 200 US restaurants. Your loss, honestly. "
          "This is why French producers have a reputation for arrogance."))
P("hostility_after_decline", "it", "Sandro Vitale", "Export broker | Vini dal mondo", "Napoli",
  ("inv", DEFAULT), ("rem",),
  ("inm", "mah", "Ciao Alex, ti ho chiesto il collegamento due volte e niente. Che maleducazione. Poi vi lamentate che il mercato va male. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Frédéric Pouget", "Directeur des achats | Distri-Vins Sud-Ouest", "Agen",
  ("msg", "Bonjour Alex, pour le référencement de votre Bordeaux supérieur dans nos 35 magasins, nous aurions besoin d'une remise de 22 % sur le tarif "
          "et de la participation aux frais de catalogue. Dites-moi vite, le plan de novembre se boucle."),
  ("msg", "J'ai bien reçu votre refus. Franchement, vous faites une erreur, et pas qu'une. Avec des prix pareils et cette arrogance de propriétaire, "
          "ne comptez plus sur nous, ni sur mes collègues des autres enseignes. Je ferai passer le mot.", (3, 8)))
P("hostility_connection", "en", "Mike Sorensen", "Owner | Sorensen Wine Imports", "Chicago",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We'd take 200 cases of the red for Illinois if you can do 4.20 EUR ex-cellar and 120 days payment."),
  ("msg", "Ok so you say no to real volume from the US over 50 cents. Typical. Good luck selling that wine to nobody, I won't be wasting my time "
          "on snobbish little châteaux again.", (2, 6)))
P("hostility_connection", "de", "Carsten Riedl", "Inhaber | Riedl Marketing für Winzer", "Würzburg",
  ("msg", "Hallo Alex, Ihr Instagram-Auftritt ist ehrlich gesagt ausbaufähig. Wir machen Content-Pakete für Weingüter ab 690 € im Monat. Kurzes Gespräch?"),
  ("msg", "Hallo nochmal, haben Sie meine Nachricht gesehen? Wir hätten im Oktober noch Kapazität."),
  ("msg", "Keine Antwort, schon klar. Viel Erfolg weiterhin mit Ihrem Marketing von vorgestern. Mit so einer Haltung wird das nichts."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Sandrine Lafargue", "Conseillère | Assurances Récolte & Grêle", "Cadillac",
  ("msg", "Bonjour Alex, après le gel d'avril, beaucoup de domaines revoient leur assurance récolte. Je vous propose un audit gratuit de vos contrats, "
          "et une offre multirisque climatique adaptée. Quand seriez-vous disponible ?"),
  ("msg", "Bonjour, je me permets de revenir vers vous : nos conditions 2022 partent fin octobre. Un rendez-vous au domaine la semaine prochaine ?"))
P("connection_only_pitches", "en", "Daniel Kraus", "Partner | VinLedger – tokenised wine investment", "Zurich",
  ("msg", "Hey Alex, we tokenise en-primeur allocations so collectors can buy fractions on chain. Estates get paid upfront. Would love to onboard you!"),
  ("msg", "Alex, just closed a deal with a Pomerol estate. Slots for October tokens are limited. 15 min call?"),
  ("msg", "Last follow-up from me: our founders' terms (0% listing fee) end Friday."))
P("connection_only_pitches", "es", "Ana Beltrán", "Directora Comercial | Cápsulas y Sobretaponados Ibéricos", "Zaragoza",
  ("msg", "Hola Alex, fabricamos cápsulas de estaño y complejo personalizadas con plazos de 3 semanas. ¿Te paso presupuesto para el embotellado de 2022?"),
  ("msg", "Alex, te reenvío el catálogo con los nuevos acabados mate. ¿Cuándo te va bien una videollamada?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Aurélien Dupuy", "Responsable commercial | Oenoprotect – traitements bio", "Bergerac",
  ("msg", "Salut Alex, pour la prochaine campagne on a un nouveau biocontrôle contre le mildiou homologué en bio. Je passe te le présenter un matin ?"))
P("single_pitch", "en", "Sophie Carrington", "Partner Manager | Vivino Business Ads", "London",
  ("msg", "Hi Alex, your wines have 340 ratings on our app but no sponsored placement. A 3-month campaign starts at €1,500. Want me to put a media plan together?"))
P("single_pitch", "de", "Markus Ortlieb", "Vertrieb | Etikettiermaschinen Ortlieb", "Stuttgart",
  ("msg", "Hallo Alex, wir haben eine gebrauchte Etikettiermaschine (3.000 Fl./h) generalüberholt abzugeben, 11.500 € netto. Interesse?"))
P("single_pitch", "es", "Carolina Méndez", "Socia | Méndez Traducciones Vitivinícolas", "Sevilla",
  ("msg", "Hola Alex, traducimos fichas técnicas, etiquetas y webs de bodegas al inglés, alemán y chino, con tarifa por palabra. ¿Te envío presupuesto?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Hélène Barrau", "Propriétaire | Château Ségur-Lalande", "Créon",
  ("msg", "Alex, on a fini les merlots hier : 38 hl/ha, degré correct malgré la pluie, mais le tri a été sévère. Et vous ? Au fait, le laboratoire de "
          "Créon a un créneau libre jeudi pour les analyses, si ça vous dépanne je vous le laisse."),
  ("msg", "Je vous envoie le tableau des maturités qu'on a faites sur nos parcelles d'argilo-calcaire, ça peut vous aider à caler les cabernets."))
P("connection_brings_value", "en", "Oliver Hastings", "Head of Buying | Hastings & Rowe Wine Merchants", "London",
  ("msg", "Alex, great news: the Côtes de Bordeaux went down a storm at our September tasting. We'd like to reorder 60 cases and put the white on "
          "our Christmas list too. Can you send an updated pro forma?"))
P("connection_brings_value", "de", "Katrin Vollmer", "Kellermeisterin | Weingut Vollmer, Pfalz", "Deidesheim",
  ("end",),
  ("msg", "Hallo Alex, wie versprochen unser Protokoll zur spontanen Gärung mit den Temperaturkurven vom letzten Jahr. Vielleicht hilft es euch beim "
          "Sauvignon. Und falls ihr im Winter einen Praktikanten tauschen wollt: unser Azubi würde gern mal Bordeaux sehen."))
P("connection_brings_value", "it", "Elena Bassi", "Giornalista | Gambero Rosso (collaboratrice)", "Roma",
  ("msg", "Ciao Alex, il pezzo sulle piccole tenute bordolesi esce a novembre e ho citato il vostro bianco. Ti mando il pdf in anteprima, se c'è qualche "
          "dato da correggere dimmelo entro venerdì."))
P("connection_brings_value", "fr", "Thibault Nogaret", "Conseiller viticole | Chambre d'agriculture de la Gironde", "Bordeaux",
  ("msg", "Bonjour Alex, pour info la Chambre organise le 14 octobre une demi-journée gratuite sur les aides au replantage après le gel, avec la DDTM. "
          "Inscription par mail, places limitées. Je vous ai gardé une place au cas où."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Armelle Charpentier", "Associée | Vitis Talents – recrutement vins & spiritueux", "Paris",
  ("inm", "Direction générale d'un grand cru classé", "Bonjour Alex, je mène pour un groupe familial la recherche d'un directeur général pour un "
          "cru classé en Pessac-Léognan (65 ha, 40 personnes). Votre parcours de propriétaire-gestionnaire correspond à ce que cherche la famille. "
          "Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "James Whitmore", "Talent Partner | Ashcombe Wine Estates", "Cape Town",
  ("inm", "General Manager – estate in Stellenbosch", "Hi Alex, we're hiring a General Manager for one of our estates in Stellenbosch: 80 ha, "
          "export to 20 countries, reporting to the owners. Package in EUR, relocation covered. Any interest in a first call?"))
P("stranger_inmail_sales", "en", "Victoria Lane", "Head of Entries | International Gold Wine Awards", "London",
  ("inm", "Enter the 2021 Gold Wine Awards", "Dear Alex, entries for the International Gold Wine Awards close on 15 October. £180 per wine, "
          "medal stickers available at 9p each. Winning wines sell 30% faster. Enter today!"),
  ("inm", "Final call: entries close Friday", "Dear Alex, last chance to enter. Early-bird pricing extended for Bordeaux estates only."))
P("stranger_inmail_sales", "fr", "Romain Ferrand", "Fondateur | Oenotourisme Plus", "Saint-Émilion",
  ("inm", "Votre oenotourisme", "Bonjour Alex, nous créons des parcours de visite et une billetterie en ligne pour les châteaux. Pack clé en main à 3 200 €. "
          "Je peux vous montrer une démo ?"))
P("stranger_inmail_sales", "de", "Holger Brandes", "Key Account | ProWeinwerk Messebau", "Düsseldorf",
  ("inm", "Ihr Stand auf der ProWein 2022", "Hallo Alex, planen Sie für März einen eigenen Stand? Wir bauen Messestände für Weingüter ab 8.000 €, "
          "Aufbau und Lagerung inklusive. Ich sende Ihnen gern Beispiele."))
P("stranger_inmail_sales", "it", "Chiara Monti", "Business Development | Vinitaly Connect", "Verona",
  ("inm", "Spazio espositivo per produttori esteri", "Gentile Alex, per la prossima edizione abbiamo un'area dedicata ai produttori francesi. "
          "Stand da 6 mq a 3.800 € + IVA, con incontri B2B. Posso riservarle uno spazio?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Vincent Lagarde", "Caviste & consultant | La Cave de Vincent", "Arcachon",
  ("inv", "Bonjour Alex, je suis caviste au Bassin et j'aimerais présenter vos vins à ma clientèle lors d'une soirée dégustation gratuite fin septembre. "
          "Vous viendriez les présenter ?"),
  ("msg", "Merci encore pour la soirée, les clients ont adoré le blanc ! Je vous envoie la commande de 18 caisses lundi."),
  ("msg", "Alex, autre sujet : je fais aussi du conseil en stratégie commerciale pour domaines. Je vous propose un accompagnement de 3 mois, "
          "4 500 € HT, pour doubler vos ventes directes. On en parle ?", (4, 10)))
P("good_turns_ugly", "en", "Natasha Pryce", "Master Sommelier candidate | Wine Educator", "Bristol",
  ("inv", "Hi Alex, I'm preparing for the MS exam and organising a free blind-tasting study group on Bordeaux left vs right bank. Would you join, or "
          "share a bottle or two? Happy to send you our tasting notes."),
  ("msg", "Thanks for the bottles, Alex! Here are the group's notes on your 2016 and 2018, we were split on the oak. Really generous of you."),
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill}, hope that's ok. Would you mind endorsing me for Wine Tasting and Sommellerie? Exam board "
          "interviews are coming and it helps the profile."))
P("good_turns_ugly", "de", "Jan Niederhausen", "Weinbauberater | Forschungsring Ökologischer Weinbau", "Geisenheim",
  ("inv", "Hallo Alex, wir teilen kostenlos Ergebnisse unserer Versuche mit pilzwiderstandsfähigen Rebsorten. Interessiert Sie der Bericht für Bordeaux?"),
  ("msg", "Hier der Bericht 2021, wie besprochen. Seite 14 betrifft Merlot-Kreuzungen."),
  ("msg", "Alex, übrigens biete ich Betrieben jetzt eine individuelle Umstellungsberatung an: 2.900 € pauschal, inklusive Zertifizierungsvorbereitung. "
          "Wann passt ein Termin?", (4, 10)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ethan Cole", "Founder | ExportBoost Consulting", "Toronto",
  ("inm", "Canada listings for your wines", "Hi Alex, we get Bordeaux estates into SAQ and LCBO. Retainer of $1,500/month plus success fee. Open to a call?"),
  ("inv", "Hi Alex, loved your harvest photos. Would be great to stay connected!"))
P("reinvite_known_bad", "fr", "Laurent Berthier", "Commercial | Bouchons & Capsules de Gironde", "Libourne",
  ("inv", NONOTE),
  ("inv", "Bonjour Alex, on s'est croisés à la fête des vendanges à Cadillac. Au plaisir d'échanger !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Didier Chassagne", "Agent commercial vins | Grande distribution", "Périgueux",
  ("inv", "Bonjour, je place des vins en GMS dans le Sud-Ouest. Intéressé ?"),
  ("inm", "Sans commentaire", "Pas de réponse, pas de politesse. C'est bien les châtelains, ça. Tant pis pour vous, je ne reviendrai pas.", (8, 14)),
  ("inv", "Bonjour Alex, je repars de zéro, sans rancune. On se connecte ?"))
P("reinvite_known_ugly", "en", "Ravi Menon", "Director | Asia Wine Bridge", "Singapore",
  ("inm", "Question about your Asian distribution", "Hi Alex, quick question from a fellow wine person: which of your vintages are you holding back for Asia? "
          "I'm mapping small Bordeaux estates for a research note."),
  ("inm", "Asia Wine Bridge programme", "Thanks Alex. Following up: we place estates with distributors in Singapore and Shenzhen. The entry package is "
          "US$3,900 including a tasting tour. Shall I send the contract?", (3, 8)),
  ("inv", "Hi Alex, hope harvest went well. Let's connect!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Émilie Sarrazin", "Responsable grands comptes | Cartonnages de l'Isle", "Coutras",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme discuté à la foire, je vous fais une offre sur les cartons 6 bouteilles avec impression 2 couleurs ? "
          "Je peux vous l'envoyer dès demain."))
P("user_invited_pitch_once", "en", "Harvey Quinn", "Account Manager | Bordeaux Index Logistics", "London",
  ("acc",),
  ("msg", "Cheers for the add, Alex. If you ever need bonded storage or temperature-controlled shipping to the UK, we've got rates from £1.80/case/month. "
          "Happy to quote."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Cyril Boutet", "Directeur commercial | Cuverie Inox Aquitaine", "Mérignac",
  ("acc",),
  ("msg", "Merci de m'avoir ajouté, Alex. Suite à notre échange au salon Vinitech, je vous envoie notre offre sur les cuves thermorégulées de 100 hl ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : remise de 8 % si commande avant le 31 octobre, livraison avant la taille."))
P("user_invited_pitch_twice", "it", "Valentina Greco", "Export Sales | Tappi Sardegna Sughero", "Tempio Pausania",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ti posso mandare campioni dei nostri tappi monopezzo per i vostri rossi da invecchiamento?"),
  ("msg", "Ciao Alex, ti giro il nuovo listino 2022 con lo sconto per i château bordolesi. Fammi sapere quando possiamo sentirci."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sarah Kimura", "Wine Director | Hotel Aurelia Group", "Singapore",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! We're building the by-the-glass list for our three hotels and I'd like to list your white. Could you send "
          "FOB prices for 50 cases? Also happy to introduce you to our Hong Kong importer."))
P("user_invited_value", "fr", "Julien Cazenave", "Chef de culture | en recherche de poste", "Langon",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex. Comme je vous l'ai dit au téléphone, je suis dispo pour la taille dès décembre. Je vous envoie mon CV et "
          "les coordonnées de mon ancien employeur à Sauternes pour référence."))
P("user_invited_value", "es", "Beatriz Llorente", "Periodista de vinos | Vinos y Más", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar! Te confirmo la entrevista para el especial de Burdeos del mes que viene: te paso las preguntas por escrito. "
          "Si quieres, te mando el artículo antes de publicarlo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Agnès Pujol", "Directrice | Office de Tourisme de l'Entre-Deux-Mers", "Créon", ("acc",))
P("acceptance_only", "en", "Tom Whitaker", "Buyer | The Wine Society", "Stevenage", ("acc",))
P("lone_endorsement", "fr", "Quentin Morel", "Ouvrier viticole saisonnier", "Targon", ("end",))
P("lone_endorsement", "de", "Heike Brunner", "Sommelière | Restaurant Zur Traube", "Freiburg", ("end",))


# =============================================================== more voices (English writers under French wording, Spanish, Italian)
P("good_invitation", "fr", "Ben Hartley", "UK Wine Buyer | Hartley's Fine Wines", "Bath",
  ("inv", "Hi Alex, met your export manager at Vinexpo Paris. We'd like to import your Entre-Deux-Mers white for our shops and 12 pubs. "
          "Could you send your price list and minimum order?"),
  nl="en")
P("sales_invitation", "it", "Lorenzo Baldini", "Founder | WineSpotlight – PR per cantine", "Milano",
  ("inv", "Ciao Alex! Portiamo le cantine sui principali media italiani con pacchetti PR da 1.200 € al mese. Ti va di sentirci per capire se possiamo aiutarti?"))
P("connection_only_pitches", "fr", "Patrick O'Neill", "Sales | GrapeData Analytics", "Dublin",
  ("msg", "Hi Alex, our satellite vineyard monitoring predicted frost risk 72h ahead this spring. Want a trial on your 28 ha?"),
  ("msg", "Alex, following up on the trial: annual plan is €2,400 for estates your size. Let me know a good time."),
  nl="en")
P("stranger_inmail_recruiter", "es", "Ignacio Vela", "Director de RRHH | Bodegas Valdecruz", "Ribera del Duero",
  ("inm", "Director técnico para bodega", "Hola Alex, buscamos un director técnico para nuestra bodega en Ribera del Duero, con experiencia en "
          "Burdeos y gestión de equipo. ¿Te interesaría hablar de la posición?"))
P("hostility_after_decline", "es", "Joaquín Arrieta", "Importador | Vinos Finos del Plata", "Buenos Aires",
  ("inv", "Hola Alex, importo vinos franceses a Argentina, quisiera conocer tu catálogo."),
  ("inm", "Sin respuesta", "Alex, me parece una falta de respeto total no contestar a un importador. Con esa actitud no van a llegar a ningún lado. Chau."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Henrik Lindqvist", "henrik.lindqvist@nordicwine.example.se", "Samples for the spring tender",
     "Hi Alex,\n\nI also sent you a LinkedIn invite. The tender brief is attached; samples by 20 October, please.\n\nBest,\nHenrik", "en"),
    ("Syndicat des Bordeaux", "contact@syndicat-bordeaux.example.fr", "Déclaration de récolte 2021 : calendrier",
     "Madame, Monsieur,\n\nla déclaration de récolte est à déposer avant le 10 décembre. Suivez nos actualités sur LinkedIn.", "fr"),
    ("Cave coopérative de Targon", "accueil@cave-targon.example.fr", "Planning des apports – semaine 39",
     "Bonjour,\n\nvoici le planning des apports de la semaine. Les photos des vendanges seront publiées sur notre page LinkedIn.", "fr"),
    ("Weinhaus Brenner", "einkauf@weinhaus-brenner.example.de", "Bestellung Nr. 4471",
     "Hallo Alex,\n\nanbei unsere Bestellung über 40 Kartons. Wir haben Sie auch auf LinkedIn markiert, im Beitrag zur Herbstverkostung.", "de"),
    ("Vinitech-Sifel", "info@vinitech.example.com", "Votre badge visiteur gratuit",
     "Bonjour,\n\nvotre badge pour Vinitech-Sifel est prêt. Partagez votre venue sur LinkedIn avec #Vinitech2021.", "fr"),
    ("Comptabilité", "compta@cabinet-gironde.example.fr", "Situation intermédiaire au 30 septembre",
     "Bonjour Alex,\n\nci-joint la situation intermédiaire. Rien à voir avec LinkedIn, mais pensez à nous envoyer les factures de verre.", "fr"),
    ("Bodegas Valdecruz", "rrhh@valdecruz.example.es", "Oferta: director técnico",
     "Hola Alex,\n\nte escribimos también por LinkedIn. Adjuntamos la descripción del puesto.", "es"),
    ("Frédéric Pouget", "f.pouget@distrivins.example.fr", "Référencement – conditions",
     "Bonjour,\n\ncomme indiqué sur LinkedIn, nos conditions de référencement sont en pièce jointe : remise de 22 %.", "fr"),
]


# the older (2016) layout for about one person in three; the rest in the newer one
OLD_LAYOUT = {"Henrik Lindqvist", "Ulrike Fassbender", "Jérôme Castaing", "Sabine Köhler", "Nathalie Brun", "Olivier Mancel", "Bertrand Lescure",
              "Florian Weissgerber", "Pauline Arnaud", "Gilles Mazeau", "Frédéric Pouget", "Sandrine Lafargue", 
              "Aurélien Dupuy", "Hélène Barrau", "Armelle Charpentier", "Vincent Lagarde", "Jan Niederhausen", "Didier Chassagne",
              "Cyril Boutet", "Sarah Kimura", "Quentin Morel", "Ben Hartley"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev164 corpus. Generated by scripts/make_corpus_dev164.py (seed {SEED}); do not edit by hand.",
          "# September and October 2021 of the managing director of a family wine estate near Bordeaux, in the 2016 and current layouts: "
          "importers and restaurants that buy, bottle, label and cork sellers, pay-to-exhibit fairs, critics and journalists, sommeliers applying, "
          "export consultants, neighbouring growers, a rude distributor; French, English, German, some Italian and Spanish. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li164(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2021), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories164(cs.EraStories):
    """Stories inside September and October 2021: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li164(self.g, self.b)
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
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev164")
    args = ap.parse_args()
    check_notes()
    c = Stories164(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
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
