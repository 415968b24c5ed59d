#!/usr/bin/env python3
"""Write mailbot's dev137 evaluation corpus: tests/corpus/dev137/*.eml + expected.toml.

The angle: the user Alex manages a fruit growers' cooperative near Faenza in Emilia-Romagna
(pears, peaches and nectarines, kiwi, apricots). Their LinkedIn world: German and
Scandinavian supermarket buyers and importers (real sourcing, supplier days, tenders, and a
"Nordic partner programme" that turns out to be a listing fee), packaging, crate-pool and
cold-chain suppliers, agritech, grading and drone vendors, certification bodies and auditors,
EU-funding (OCM, PSR, PNRR, ISI INAIL) consultants, seasonal workers and agronomists applying
for work, peer cooperatives and advisers sharing frost, hail, pest and price news, a regional
official, researchers, and journalists (one honest, one selling "redazionali"). Italian,
formal and Romagnol, German from Germany, Austria and South Tyrol, English from the UK,
Ireland, Scandinavia and elsewhere.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, the endorsement skills, the job-alert
and other LinkedIn mail titles, the headlines of spoof-only names and PYMK suggestions, and
the notes that spoofs carry are swapped for fruit-trade ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev137.py              # writes tests/corpus/dev137
    python scripts/make_corpus_dev137.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260913

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the cooperative's world (this process only)
RHEADLINE = {
    "en": "General Manager at Frutta Lamone Soc. Coop. Agricola | Pears, stone fruit & kiwi from Romagna",
    "de": "Geschäftsführer bei Frutta Lamone Soc. Coop. Agricola | Birnen, Steinobst und Kiwi aus der Romagna",
    "fr": "Directeur général chez Frutta Lamone Soc. Coop. Agricola | Poires, fruits à noyau et kiwis de Romagne",
    "es": "Director general en Frutta Lamone Soc. Coop. Agricola | Peras, fruta de hueso y kiwi de Romaña",
    "it": "Direttore presso Frutta Lamone Soc. Coop. Agricola | Pere, pesche e kiwi di Romagna",
}
SKILLS = {
    "en": ["Fresh Produce", "Supply Chain Management", "Cooperative Management", "GLOBALG.A.P.", "Export", "Negotiation"],
    "de": ["Obst und Gemüse", "Lieferkettenmanagement", "Genossenschaftswesen", "GLOBALG.A.P.", "Export", "Verhandlungsführung"],
    "fr": ["Fruits et légumes", "Gestion de la chaîne logistique", "Coopératives agricoles", "GLOBALG.A.P.", "Export"],
    "es": ["Frutas y hortalizas", "Gestión de la cadena de suministro", "Cooperativas agrarias", "GLOBALG.A.P.", "Exportación"],
    "it": ["Ortofrutta", "Gestione della supply chain", "Cooperazione agricola", "GLOBALG.A.P.", "Export", "Negoziazione"],
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Direttore Commerciale Ortofrutta", "Consorzio Frutta Padana"), ("Category Manager Obst (m/w/d)", "Nordfrisch Handels GmbH"),
              ("Head of Sourcing, Stone Fruit", "Brackley Fresh Imports"), ("Responsabile Magazzino e Lavorazione", "OP Romagna Frutta"),
              ("Supply Chain Manager Fresh Produce", "Nordhandel AB")]
retitle_other({
    "en": dict(job=("{n} new jobs for \"fresh produce manager\"", "Your job alert for fresh produce manager in {city}"),
               news="Hail, heat and a short pear crop: what it means for prices",
               group="Top conversations in European Fruit Growers & Packers",
               newsletter="The Orchard Ledger: why kiwi margins held up this winter"),
    "de": dict(job=("{n} neue Jobs für „Einkauf Obst“", "Ihr Jobalarm für Einkauf Obst in {city}"),
               news="Spätfrost in Südeuropa: Wird Steinobst im Sommer knapp?",
               group="Top-Unterhaltungen in Obstbau & Frischelogistik",
               newsletter="Frischeblick: Was der LEH 2026 von Lieferanten verlangt"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable fruits et légumes »", "Votre alerte emploi pour responsable fruits et légumes à {city}"),
               news="Poires : la récolte européenne la plus faible depuis dix ans ?",
               group="Meilleures discussions dans Producteurs de fruits d'Europe",
               newsletter="Le verger en chiffres : coûts de la main-d'œuvre saisonnière"),
    "es": dict(job=("{n} empleos nuevos de «responsable de frutas y hortalizas»", "Tu alerta de empleo de responsable de frutas y hortalizas en {city}"),
               news="Heladas tardías: ¿faltará fruta de hueso este verano?",
               group="Conversaciones destacadas en Fruticultores y Centrales Hortofrutícolas",
               newsletter="Campo y mercado: qué piden los supermercados nórdicos"),
    "it": dict(job=("{n} nuove offerte per «responsabile ortofrutta»", "Il tuo avviso di lavoro per responsabile ortofrutta a {city}"),
               news="Pere, la campagna più corta degli ultimi vent'anni: cosa succede ai prezzi",
               group="Conversazioni principali in Frutticoltura e Cooperazione Agricola",
               newsletter="Filiera corta: la cimice asiatica e i conti delle aziende"),
})
mc.COMPANIES["good"] = ["Frutta Lamone", "OP Romagna Frutta", "Hansa Frischemarkt", "Nordhandel AB", "Università di Bologna", "Beratungsring Südtirol",
                        "Coop. Frutticoltori Val Savio", "Fjordkjeden AS"]
mc.COMPANIES["sales"] = ["FrischPack Verpackungen", "SkyCrop Drones", "ColdSense", "AgriFondi", "OptiSort", "QualiAgri", "NordCool Reefer"]
mc.HEADLINES["good"] = ["Responsabile qualità presso {co}", "Category Manager Obst bei {co}", "Agronomo presso {co}", "Head of Fruit Sourcing at {co}",
                        "Tecnico di campo | {co}", "Export Manager at {co}"]
mc.HEADLINES["sales"] = ["Area Sales Manager Italia | {co}", "Key Account Manager at {co}", "Founder & CEO at {co}", "Business Development | {co}",
                         "Consulente commerciale presso {co}"]
SPOOF_NOTES = {
    "en": ["Dear supplier, your GLOBALG.A.P. certificate is due to expire. Log in to the supplier portal within 48 hours to avoid delisting.",
           "Hi {first}, I've shared the signed purchase order for the pear programme with you. Sign in to download it.",
           "Hello, please confirm the new bank details for payment of your last shipment via the secure link."],
    "de": ["Sehr geehrter Lieferant, Ihr QS-Zertifikat läuft ab. Bitte melden Sie sich innerhalb von 48 Stunden im Lieferantenportal an.",
           "Hallo {first}, ich habe Ihnen die unterschriebene Bestellung für das Birnenprogramm freigegeben. Hier anmelden und herunterladen."],
    "fr": ["Bonjour {first}, je vous ai partagé le bon de commande signé pour les poires. Connectez-vous pour le télécharger.",
           "Cher fournisseur, votre certificat GLOBALG.A.P. expire. Connectez-vous sous 48 heures pour éviter le déréférencement."],
    "es": ["Hola {first}, te he compartido el pedido firmado del programa de peras. Inicia sesión para descargarlo.",
           "Estimado proveedor, su certificado GLOBALG.A.P. caduca. Acceda al portal en 48 horas para evitar la baja."],
    "it": ["Gentile fornitore, il suo certificato GLOBALG.A.P. è in scadenza. Acceda al portale entro 48 ore per non essere escluso dal listino.",
           "Ciao {first}, ti ho condiviso l'ordine firmato per il programma pere. Accedi per scaricarlo.",
           "Buongiorno, confermi le nuove coordinate bancarie per il pagamento dell'ultima spedizione tramite il link sicuro."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Elena Cavina", "Agronoma | Difesa integrata e monitoraggio frutteti", "Forlì",
  ("inv", "Buongiorno, sono agronoma, da sei anni seguo pereti e pescheti tra Cesena e Forlì (difesa integrata, trappole per la cimice). "
          "Ho letto che cercate un tecnico di campo per la prossima stagione: le mando volentieri il CV e posso passare in cooperativa quando vuole."),
  ("rem",))
P("good_invitation", "de", "Katrin Ostermeier", "Einkauf Obst & Gemüse | Hansa Frischemarkt GmbH", "Hamburg",
  ("inv", "Hallo Herr Morgan, wir suchen einen zweiten Lieferanten für Bio-Abate-Fetel, QS und GLOBALG.A.P. vorausgesetzt. "
          "Ihr Stand in Berlin ist mir aufgefallen. Darf ich Ihnen unsere Spezifikation und die Mengen schicken?"))
P("good_invitation", "it", "Lars Eklund", "Category Manager Fruit | Nordhandel AB", "Helsingborg",
  ("inv", "Hi Alex, we host our supplier day in Helsingborg on 4 March: free for growers already in our programme and for new ones, "
          "with talks on Swedish demand for Italian stone fruit and our residue rules. Would be great to see your coop there. /Lars"),
  ("rem",), nl="en")
P("good_invitation", "it", "Giorgia Baldini", "Giornalista | Il Corriere di Romagna – redazione Ravenna", "Ravenna",
  ("inv", "Buongiorno Direttore, sto scrivendo sui danni della grandinata di martedì tra Brisighella e Faenza. Avrebbe cinque minuti "
          "per raccontarmi com'è la situazione nei frutteti dei vostri soci? Va bene anche una telefonata veloce."))
P("good_invitation", "it", "Ionut Popescu", "Operaio agricolo | raccolta, potatura, muletto", "Lugo",
  ("inv", "Buonasera signor Alex, sono Ionut, ho fatto 3 stagioni alla raccolta pere a Bagnacavallo e ho il patentino del muletto. "
          "Cerco lavoro per questa estate anche in magazzino alla cernita. Grazie mille e buona serata"),
  ("rem",))
P("good_invitation", "en", "Sanne de Vries", "Technical Trainer | Agri-Q Certification | GLOBALG.A.P. approved", "Wageningen",
  ("inv", "Hello Alex, we're running a free online session on what changes for producer groups with the new GLOBALG.A.P. IFA version, "
          "with Italian interpretation. Your QMS manager is welcome too. Shall I send you the link?"))
P("good_invitation", "de", "Florian Thaler", "Geschäftsführer | Obstgenossenschaft Etschtal", "Lana",
  ("inv", "Servus Alex, wir überlegen gerade, auf Hagelnetze mit Insektenschutz umzustellen, wie ihr es gemacht habt. "
          "Wie sind eure Erfahrungen bei den Birnen unter Netz, Ausfärbung und Kaliber? Würde mich über einen Austausch freuen."))


# =============================================================== default_invitation
P("default_invitation", "it", "Roberto Fabbri", "Titolare | Fabbri Trasporti Refrigerati", "Cesena", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Uwe Brandl", "Vertrieb | Kühlzellen & Kältetechnik", "Rosenheim", ("inv", NONOTE))
P("default_invitation", "en", "Mikkel Sørensen", "Procurement | Fresh Produce | Denmark", "Aarhus", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Stefano Mazzotti", "Finanza agevolata per l'agricoltura | OCM, PSR, PNRR | AgriFondi Srl", "Bologna",
  ("inv", "Gentile Direttore, seguiamo cooperative ortofrutticole nei bandi OCM e PSR: nei progetti chiusi l'anno scorso abbiamo ottenuto "
          "in media il 48% a fondo perduto. Possiamo fissare un incontro per valutare i vostri investimenti? Compenso solo a successo."))
P("sales_invitation", "de", "Tobias Wendler", "Key Account Manager Südeuropa | FrischPack Verpackungen GmbH", "Augsburg",
  ("inv", "Guten Tag Herr Morgan, für Birnen und Steinobst haben wir neue Schalen aus Graspapier, voll recycelbar und PPWR-konform. "
          "Gern schicke ich Ihnen Muster und ein Angebot für die Saison. Wann passt Ihnen ein kurzer Call?"),
  ("rem",))
P("sales_invitation", "en", "Ryan Whitlock", "Head of Sales EMEA | SkyCrop Drones – precision spraying", "Bristol",
  ("inv", "Alex - orchards flying our spray drones cut plant-protection spend by about 30% and never send a tractor into wet rows. "
          "We're doing demos in Emilia-Romagna in April. Can I book one for your members?"))
P("sales_invitation", "it", "Giada Rinaldini", "Sales | ColdSense – sensori IoT per celle frigo", "Modena",
  ("inv", "Ciao Alex! ti scrivo x le celle ad atmosfera controllata: il nostro sistema legge O2 e CO2 in continuo e ti avvisa sul cell. "
          "primo mese gratis poi canone mensile, ti chiamo 10 min così ti spiego?"),
  ("rem",))
P("sales_invitation", "it", "Julien Maréchal", "Responsable grands comptes Italie | Emballages Vercors", "Valence",
  ("inv", "Hello Mr Morgan, I am in charge of Italy for Emballages Vercors, wooden crates and trays for stone fruits. We deliver already "
          "three cooperatives in Romagna. I would be glad to present you our prices for the season, maybe we meet at Macfrut?"), nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Marco Tampieri", "Direttore responsabile | OrtoNotizie – quotidiano online dell'ortofrutta", "Bologna",
  ("inv", "Buongiorno Alex, preparo uno speciale sulle cooperative romagnole dopo l'alluvione: cosa avete ricostruito e cosa manca ancora. "
          "Vorrei intervistarla, mezz'ora al telefono quando le è comodo."),
  ("msg", "Grazie della disponibilità! Le giro il format: l'intervista esce come redazionale nello speciale di giugno, doppia pagina con foto, "
          "al costo di 1.200 € + IVA (per le cooperative aderenti a Confcooperative il 20% in meno). Mi conferma entro venerdì così la impagino?", (3, 12)))
P("bait_and_switch_invitation", "de", "Henrike Vossberg", "Gründerin | GreenHarvest Netzwerk – nachhaltige Lieferketten", "Köln",
  ("inv", "Hallo Alex, ich lade ausgewählte Erzeuger aus Südeuropa in unseren Arbeitskreis Wasser & Boden ein: zweimal im Jahr online, "
          "Austausch mit Einkäufern deutscher Händler, ohne Kosten. Hätten Sie Lust?"),
  ("msg", "Schön, dass Sie dabei sind! Damit die Händler Ihre Daten sehen können, braucht jeder Teilnehmer ein Wasser- und CO2-Audit nach unserem "
          "GreenHarvest-Standard. Für Genossenschaften Ihrer Größe sind das 6.800 € netto, das Siegel gilt dann zwei Jahre. Soll ich das Angebot schicken?"),
  ("msg", "Kurze Erinnerung: der Frühbucherpreis für das Audit läuft Ende des Monats aus. Ich halte Ihnen gern noch einen Termin frei.", (6, 14)))
P("bait_and_switch_invitation", "en", "Tom Ashdown", "Founder, Orchard Leaders Circle | Agri-food adviser", "Maidstone",
  ("inv", "Hi Alex, I run a small peer group of fruit co-op managers across Europe (UK, NL, Italy, Spain). Monthly call, we swap notes on labour, "
          "energy and retailer talks. No cost, no sponsors. Thought you'd fit right in."),
  ("msg", "Great to have you in, Alex. Separate thing, while I have you: I also advise co-ops on retailer negotiations, and a three-month engagement "
          "usually pays for itself in the first contract round. Fees start at £9,500. Shall I put a proposal together?", (4, 15)),
  ("msg", "Hi Alex, following up on the proposal. I have one slot left for the autumn round, happy to hold it for you till Friday."))
P("bait_and_switch_invitation", "it", "Luca Bertozzi", "Agronomo | Referente tecnico AgriVista", "Ferrara",
  ("inv", "Ciao Alex, ho fatto una tabella gratuita con le nuove scadenze del quaderno di campagna digitale e le sostanze revocate su pero e pesco. "
          "Se vuoi te la giro, è comoda per i tecnici delle aziende socie."),
  ("msg", "Ciao Alex! Prima di mandartela: la tabella te la teniamo aggiornata in automatico se passate ad AgriVista, il quaderno di campagna "
          "digitale che usa già mezza Romagna. Per una coop di 250 soci sono 3.400 €/anno. Giovedì ti faccio vedere la demo?"))
P("bait_and_switch_invitation", "en", "Annika Lindgren", "Sourcing Lead | Nordic Fresh Partners", "Stockholm",
  ("inv", "Hi Alex! We're looking at Italian pears and kiwis for several Nordic retail chains next season and your coop came up. "
          "Would be great to connect and hear about your volumes."),
  ("msg", "Thanks for connecting! To be presented to our retail partners, producers join the Nordic Fresh partner programme: €2,900 a year, "
          "retailer introductions and a page in our supplier catalogue included. I can send the onboarding pack today, shall I?"),
  ("msg", "Hi Alex, just checking you saw this. The spring intake closes on Friday and after that the next one is in October.", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Gianmarco Lodi", "Ricercatore | Osservatorio sulla cooperazione ortofrutticola", "Bologna",
  ("inm", "Questionario sui costi energetici delle cooperative", "Gentile Direttore, stiamo conducendo un'indagine sull'impatto dei costi "
          "energetici sulle cooperative frutticole dell'Emilia-Romagna. Le chiederei dieci minuti per un questionario; i risultati aggregati "
          "saranno condivisi con tutti i partecipanti. La ringrazio in anticipo."),
  ("inm", "Esito del questionario", "Gentile Direttore, grazie per aver compilato il questionario. Dalle sue risposte emerge un margine di "
          "risparmio importante sulle celle frigo: come partner di Energia Verde Romagna posso proporle un contratto a prezzo fisso per tre anni. "
          "Le invio l'offerta personalizzata?", (5, 15)))
P("bait_and_switch_inmail", "de", "Jens Kortmann", "Agrarwissenschaftler | Pflanzenernährung", "Münster",
  ("inm", "Frage zur Berostung bei Abate Fetel", "Hallo Herr Morgan, ich schreibe an einem Fachbeitrag über Fruchtberostung bei Abate Fetel "
          "nach Spätfrost. Dürfte ich Ihnen zwei, drei Fragen zu Ihren Beobachtungen aus der letzten Saison stellen?"),
  ("inm", "Nachtrag", "Danke für Ihre Antworten, sehr aufschlussreich! Genau für diese Schäden haben wir ein Biostimulans auf Algenbasis "
          "entwickelt, im Versuch 40 % weniger Berostung. Ich würde Ihren Mitgliedern gern ein Angebot machen, ab 50 ha. Wann können wir telefonieren?"))
P("bait_and_switch_inmail", "en", "Priya Natarajan", "Partnerships | FreshTrace", "London",
  ("inm", "Invitation: retailer roundtable in Milan", "Hi Alex, we're hosting a closed-door roundtable in Milan with buyers from three UK "
          "supermarkets on traceability for Italian fruit. We'd love a co-op manager on the panel, no fee either way. Interested?"),
  ("inm", "Next steps for the roundtable", "Thanks so much for saying yes! Panellists run a FreshTrace pilot beforehand so they can speak to "
          "real results: €4,500 for the season, setup included. Shall I send over the agreement?"),
  ("inm", "Re: Next steps", "Hi Alex, the panel line-up goes to print next week. Can you confirm the pilot so we can keep your seat?", (4, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Davide Fantini", "Tecnico commerciale | Nutrizione e difesa | AgriServizi Romagna", "Lugo",
  ("end",), ("end",),
  ("msg", "Ciao Alex! ti ho messo un paio di conferme, su {skill} te le meriti tutte 😄 se hai un attimo me ne lasci una anche a me su "
          "Agronomia e Difesa integrata? sto sistemando il profilo. Grazie burdèl, ci si vede a Futurpera"))
P("endorse_me_back", "de", "Sabine Aigner", "Qualitätsmanagerin | IFS- und BRCGS-Auditorin", "Linz",
  ("end",),
  ("msg", "Liebe Grüße nach Faenza! Ich hab Sie grad für {skill} bestätigt, Ihr Lager war beim Audit wirklich vorbildlich. Dürft ich um einen "
          "kleinen Gefallen bitten: eine Bestätigung für Lebensmittelsicherheit und Auditierung auf meinem Profil? Ich mach mich nächstes Jahr selbstständig."))
P("endorse_me_back", "en", "Aidan McCarthy", "Cold Chain Logistics | Reefer transport Italy–UK & Ireland", "Dublin",
  ("end",), ("end",),
  ("msg", "Alex, endorsed you for {skill} and a couple more, hope that's grand. Would you do me a turn and endorse me for Cold Chain Logistics? "
          "Trying to build the profile up before a big tender. Cheers."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Gabriele Venturi", "Droni per l'agricoltura | Trattamenti e mappature", "Russi",
  ("inv", "Ciao Alex, coi nostri droni facciamo i trattamenti anche dopo la pioggia quando col trattore non entri. Ti va se passo in coop a farti vedere?"),
  ("rem",),
  ("inm", "mah", "Oh Alex, ti ho scritto due volte e neanche un no grazie. Voi delle coop vi sentite sempre i padroni del mondo. "
          "Tanto quando vi grandina addosso poi venite a piangere. Va là, buona fortuna"))
P("hostility_after_decline", "de", "Dieter Hallmann", "Vertriebsleiter Italien | Kühltechnik Hallmann", "Stuttgart",
  ("inv", DEFAULT),
  ("inm", "Keine Reaktion?", "Herr Morgan, ich habe Ihnen vor drei Wochen eine Kontaktanfrage geschickt. Dass Sie nicht einmal reagieren, "
          "sagt viel darüber, wie man bei Ihnen mit Partnern aus Deutschland umgeht. Höchst unprofessionell. Wir werden uns das merken."))
P("hostility_after_decline", "en", "Chad Morrison", "Growth | Agri SaaS | Packhouse analytics", "Austin",
  ("inv", "Hey Alex, quick q: how are you tracking packhouse yield today? We built something pretty cool for that."),
  ("rem",),
  ("inm", "Wow", "Ignored twice. Must be nice running a co-op on 1990s spreadsheets and still thinking you don't need help. Good luck with that, genuinely."))
P("hostility_after_decline", "it", "Ciro Esposito", "Servizi alle aziende agricole | Squadre per la raccolta", "Caserta",
  ("inv", "Buongiorno Direttore, fornisco squadre di raccoglitori per la campagna pere e pesche, tutti in regola con contratto. Ne possiamo parlare?"),
  ("inm", "Ultimo messaggio", "Egregio, vedo che non si degna di rispondere. Evidentemente al nord la gente del sud serve solo quando c'è "
          "da raccogliere. Complimenti per l'educazione, davvero."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Manuel Gardini", "Agente | Imballaggi in cartone e plastica per ortofrutta", "Cesena",
  ("msg", "Ciao Alex, ti giro il listino nuovo dei plateau in cartone 40x60 e 30x50, prezzi bloccati fino a marzo. "
          "Se mi dai le quantità della campagna ti faccio un'offerta su misura."),
  ("msg", "Alex ho visto che hai letto. Cosa ti costa rispondere? Vi ho servito per anni quando c'era il tuo predecessore e adesso non meritiamo "
          "neanche due righe. Un minimo di educazione non guasterebbe, sai. Che tristezza. Ti levo il disturbo, stai tranquillo.", (8, 20)))
P("hostility_connection", "de", "Frank Obermaier", "Vertrieb Agrardrohnen | DACH & Italien", "Passau",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach der Interpoma, Alex! Wie besprochen: das Demo-Paket mit zwei Flugtagen in Ihren Birnenanlagen kostet 1.900 €, "
          "das wird beim Kauf angerechnet. Machen wir einen Termin im April fest?"),
  ("msg", "Sie schicken MIR die Anfrage, lassen sich alles erklären und dann Funkstille? So geht man nicht mit Leuten um. "
          "Ich habe Ihnen Zeit geschenkt, die ich anderswo besser genutzt hätte. Schönen Gruß nach Italien."))
P("hostility_connection", "en", "Gemma Hargreaves", "Business Development | Reefer & Pallet Logistics UK", "Felixstowe",
  ("msg", "Hi Alex, we've got reefer capacity Bologna to Felixstowe every Tuesday and Friday this summer, about 20% under spot. Can I quote your UK loads?"),
  ("msg", "Hi Alex, any interest? Rates go up on the 1st."),
  ("msg", "Three messages and not even a no thanks. Honestly the arrogance of some of you co-op people is staggering. "
          "Don't come crying to me when your pears are sat at Dover."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Federico Zama", "Consulente | Certificazioni GLOBALG.A.P., BRCGS, IFS | QualiAgri", "Imola",
  ("msg", "Buongiorno Alex, a gennaio scadono molti certificati GLOBALG.A.P.: con QualiAgri il pre-audit per le aziende socie costa 180 € ad azienda "
          "e vi evitate le non conformità. Le mando il preventivo?"),
  ("msg", "Alex, per le coop sopra i cento soci facciamo anche il pacchetto completo con formazione HACCP per il magazzino. Ci sentiamo questa settimana?"))
P("connection_only_pitches", "it", "Markus Eibl", "Area Sales Italien | Sortier- und Kalibriertechnik | OptiSort GmbH", "Bozen",
  ("msg", "Grüß Gott Herr Morgan, unsere neue optische Sortiermaschine erkennt bei Birnen auch innere Fäulnis. Für Genossenschaften gibt es gerade "
          "12 % Messerabatt, und die Förderung kann ich Ihnen mitorganisieren. Darf ich vorbeikommen?"),
  ("msg", "Herr Morgan, ein kurzer Nachtrag: wir haben eine Vorführmaschine frei, die wir ab Juli zum Sonderpreis abgeben. Interesse?"),
  ("msg", "Letzte Erinnerung von meiner Seite: der Sonderpreis gilt nur noch bis Monatsende.", (5, 12)), nl="de")
P("connection_only_pitches", "it", "Rasmus Kjær", "Business Development | NordCool Reefer Leasing", "Esbjerg",
  ("msg", "Hej Alex, NordCool leases CA-ready reefer containers for storage peaks, handy when your cells are full in September. "
          "From €34 a day. Want a quote for this season?"),
  ("msg", "Hi again Alex, we have six units coming free at Ravenna port in August. Shall I hold a couple for you?"), nl="en")


# =============================================================== single_pitch
P("single_pitch", "it", "Paola Gualtieri", "Broker assicurativo | Polizze grandine e avversità | AgriRischi", "Ravenna",
  ("msg", "Buongiorno Alex, dopo le grandinate di quest'anno molte coop stanno rivedendo le coperture. Con il fondo mutualistico e il contributo "
          "pubblico la polizza agevolata costa meno di quanto si pensi: ti preparo un confronto con quella che avete adesso?"))
P("single_pitch", "it", "Lukas Pichler", "Vertrieb | Hagelschutznetze & Anlagenbau", "Meran",
  ("msg", "Servus Alex, für eure neuen Birnenanlagen: unsere Einreihen-Hagelnetze mit Insektenschutz sind jetzt auch in Italien förderfähig. "
          "Ich schick dir gern ein Angebot für 10 ha zum Vergleichen."), nl="de")
P("single_pitch", "en", "Emily Harcourt", "Brand storytelling for food producers | Harcourt Studio", "London",
  ("msg", "Hi Alex, loved your co-op's harvest post. Your story deserves a bigger audience: we build LinkedIn and Instagram content for agri-food "
          "brands from £1,500 a month. Happy to send a few examples?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Sauro Casadei", "Presidente | Coop. Frutticoltori Val Savio", "Cesena",
  ("msg", "Ciò Alex. Stanotte a Sarsina siamo scesi a -2,4 verso le quattro, coi peschi in piena fioritura. Da voi com'è andata? Noi abbiamo "
          "acceso gli antibrina alle due. Se vi servono i dati delle nostre capannine li trovi nel link, li aggiorniamo ogni ora. Tenete duro."),
  ("msg", "Ti giro il bollettino Arpae di domani: danno un'altra notte fredda. Occhio a Brisighella che è più bassa.", (1, 2)))
P("connection_brings_value", "en", "Ingrid Halvorsen", "Head of Fruit Sourcing | Fjordkjeden AS", "Oslo",
  ("end",),
  ("msg", "Hi Alex, sharing our outlook for Norwegian pear demand next season: volumes up about 8% as we drop one Dutch supplier. The tender for "
          "the programme opens mid-September and I've put your coop on the invite list. Nothing to do until then. Best, Ingrid"))
P("connection_brings_value", "it", "Marina Sangiorgi", "Funzionaria | Servizio organizzazioni di mercato – Regione Emilia-Romagna", "Bologna",
  ("msg", "Gentile Direttore, le segnalo che è uscita la circolare sulle modifiche ai programmi operativi OCM: le domande vanno presentate entro "
          "il 15 settembre. Il 10 settembre teniamo in Regione un incontro informativo gratuito aperto a tutte le OP. Trova il link nel sito. Cordiali saluti"))
P("connection_brings_value", "de", "Matthias Kofler", "Obstbauberater | Beratungsring Südtirol", "Lana",
  ("msg", "Hallo Alex, wie am Telefon versprochen unsere Versuchsergebnisse zur Marmorierten Baumwanze: Netze gegen Attract & Kill, mit den "
          "Fangzahlen pro Woche. Vielleicht hilft es euren Technikern bei der Planung. Bei Fragen jederzeit melden."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Chiara Morigi", "Executive Search | Agrifood & Retail | Morigi Partners", "Milano",
  ("inm", "Direttore Generale – OP ortofrutticola (riservato)", "Buongiorno Alex, seguo per un'importante Organizzazione di Produttori del Veneto "
          "la ricerca del nuovo Direttore Generale: circa 1.200 soci, 180 milioni di fatturato. Il suo percorso in Frutta Lamone è molto in linea. "
          "Avrebbe venti minuti la prossima settimana per una chiacchierata confidenziale?"))
P("stranger_inmail_recruiter", "de", "Birgit Sandner", "Bereichsleiterin Einkauf Obst | Frischkontor Süd", "Ulm",
  ("inm", "Leitung Einkaufsbüro Italien – in meinem Team", "Hallo Herr Morgan, ich baue in Verona ein Einkaufsbüro für unsere Handelskette auf und "
          "suche dafür eine Leitung, die die italienischen Genossenschaften von innen kennt. Deutsch und Italienisch, unbefristet, Dienstwagen. "
          "Falls Sie jemanden kennen oder selbst neugierig sind, freue ich mich über eine Antwort."))
P("stranger_inmail_recruiter", "en", "Ruth Abernethy", "Talent Partner | Fresh Produce & Horticulture | Harvest & Co", "London",
  ("inm", "Supply Chain Director, stone fruit – Italy/Spain", "Hi Alex, I'm recruiting a Supply Chain Director for a UK importer's Mediterranean "
          "sourcing hub, based in Bologna or Valencia. Package around €110k plus bonus, relocation covered. Your packhouse and co-op background "
          "stood out. Open to a quick chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Enrico Lanzoni", "Account Manager | AgroLeasing – noleggio macchine", "Reggio Emilia",
  ("inm", "Carrelli elevatori per la campagna", "Buongiorno, per la campagna estiva noleggiamo carrelli elevatori e transpallet elettrici per "
          "magazzini ortofrutticoli, consegna in 48 ore. Le interessa un preventivo per luglio-settembre?"))
P("stranger_inmail_sales", "de", "Carina Voss", "Energieberatung für Kühlhäuser | KühlEffizienz", "Hannover",
  ("inm", "Ihre Kühlzellen: 25 % weniger Strom", "Guten Tag Herr Morgan, wir optimieren Kälteanlagen in Obstlagern und garantieren mindestens "
          "25 % Einsparung, sonst zahlen Sie nichts. Passt Ihnen ein Termin nächste Woche?"),
  ("inm", "Nachfrage", "Nur kurz nachgehakt, ob meine Nachricht angekommen ist. Gern auch per Videocall, 20 Minuten reichen."))
P("stranger_inmail_sales", "en", "Arjun Mehta", "Lead generation for food exporters | TradeBridge", "Dubai",
  ("inm", "Gulf buyers for your kiwis", "Hi Alex, we connect Italian fruit exporters with verified importers in the UAE and Saudi Arabia. "
          "Three-month programme, 15 qualified buyer meetings guaranteed. Shall I send the deck?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Nicola Babini", "Agronomo | Consulenza irrigua e fertirrigazione", "Faenza",
  ("inv", "Ciao Alex, sono Nicola, faccio consulenza irrigua tra Faenza e Castel Bolognese. Sto mettendo in piedi un gruppo gratuito per "
          "scambiarsi i dati delle sonde di umidità nei pereti: chi partecipa vede i dati di tutti. Ci stai?"),
  ("msg", "Ti ho mandato l'accesso alla cartella condivisa: ci sono già i dati di 14 aziende degli ultimi due anni. Se i tecnici hanno dubbi chiedete pure."),
  ("msg", "Alex, una cosa a parte: per chi vuole fare il salto abbiamo un servizio di gestione irrigua da remoto, 95 € a ettaro l'anno con le sonde "
          "in comodato. Per la coop potrei fare un pacchetto per tutti i soci, ne parliamo col CdA?", (15, 40)))
P("good_turns_ugly", "de", "Julia Brenninger", "Marktanalystin Obst & Gemüse | AgrarMarkt Info", "Bonn",
  ("inv", "Hallo Alex, ich verschicke jede Woche eine kurze, kostenlose Preisübersicht für Birnen und Kiwi im deutschen LEH. Wenn Sie möchten, "
          "setze ich Sie auf den Verteiler, vielleicht hilft es bei Ihren Verhandlungen."),
  ("msg", "Hier die aktuelle Ausgabe, KW 38: Abate Fetel zieht im Discount deutlich an, Kiwi bleibt stabil."),
  ("msg", "Hallo Alex, ab Oktober ist der Preisspiegel Teil unseres Premium-Abos (1.450 € im Jahr, mit Prognosen). Als bisheriger Leser bekommen "
          "Sie 20 % Rabatt. Soll ich das für Sie freischalten?", (14, 30)))
P("good_turns_ugly", "en", "Erik Lindqvist", "Quality Assurance Manager | ScandiFruit AB", "Malmö",
  ("inv", "Hi Alex, QA lead at ScandiFruit here. We've had a few residue queries on Italian pears lately and I'm writing a short note for suppliers "
          "on the new Swedish checks. Happy to share it with you."),
  ("msg", "As promised, the supplier note on the residue checks plus the list of labs we accept. Ping me with any questions."),
  ("end",),
  ("msg", "Hey Alex, glad the note was useful! I added an endorsement for {skill}. Could you endorse me for Quality Assurance and Food Safety? "
          "I'm applying for a Nordic QA head role and it would really help."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Alessio Rambelli", "Titolare | AgriGreen Service – trattamenti con drone", "Ravenna",
  ("inm", "Trattamenti con drone", "Salve, eseguiamo trattamenti fitosanitari con drone su frutteti, con tutte le autorizzazioni. "
          "Prezzo a ettaro molto competitivo, le mando il listino?"),
  ("inv", "Buongiorno Alex, ci siamo visti al convegno di Futurpera sulla cimice, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "de", "Heiko Strunz", "Vertrieb | Etikettier- und Verpackungsmaschinen", "Bielefeld",
  ("inv", DEFAULT),
  ("inv", "Hallo Herr Morgan, wir haben uns auf der Fruit Logistica kurz am Stand der Region gesehen. Würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "en", "Jake Whitman", "Founder | FarmLabour Connect – seasonal staffing", "Manchester",
  ("inv", "Hi Alex, short of pickers? We supply vetted seasonal crews from Eastern Europe, fully compliant, housing sorted. Let's talk rates for this summer."),
  ("inv", "Hi Alex, big fan of how your co-op came back after the floods. Would love to connect and follow along."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Ivano Montanari", "Consulente | Energia e fotovoltaico per aziende agricole", "Forlì",
  ("inm", "Domanda da un socio di un'altra coop", "Buongiorno Alex, sono socio conferitore di una coop qui vicino e volevo chiederle come vi siete "
          "trovati con il fotovoltaico sui magazzini, se vi ha dato problemi con i contributi. Grazie"),
  ("inm", "Fotovoltaico", "Grazie per la risposta. Io in realtà seguo anche la parte commerciale per SolAgri: possiamo farvi un agrivoltaico "
          "sui pereti con i fondi PNRR, le preparo uno studio di fattibilità a 2.500 €?"),
  ("inv", "Alex, ti aggiungo alla rete, sempre disponibile per scambi sul fotovoltaico."))
P("reinvite_known_ugly", "de", "Norbert Kessler", "Vertriebsleiter | Obstbau-Software", "Ravensburg",
  ("inv", "Guten Tag, darf ich Ihnen unsere Schlagkartei-Software für Genossenschaften vorstellen? 15 Minuten genügen."),
  ("inm", "Schade", "Herr Morgan, offenbar sind Ihnen 15 Minuten zu viel. Mit dieser Haltung wird Ihre Genossenschaft die Digitalisierung verschlafen. "
          "Ich wünsche Ihnen trotzdem viel Glück, Sie werden es brauchen."),
  ("inv", "Hallo Alex, neuer Anlauf zum Vernetzen. Nichts für ungut wegen neulich."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Serena Bassi", "Responsabile commerciale | Frigoservice Romagna – celle AC e ULO", "Forlì",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ne approfitto: quest'inverno facciamo la revisione delle celle ULO con il 15% di sconto a chi prenota "
          "entro novembre. Ti mando l'offerta per le vostre celle?"))
P("user_invited_pitch_once", "en", "Olav Nygaard", "Key Account | Harvest Robotics AS", "Bergen",
  ("acc",),
  ("msg", "Thanks for the connect after Berlin, Alex. Our picking platforms: rental from €1,200 a month per unit, or purchase with three years' "
          "service at €68k. When can our team come down to Faenza for a demo?"))
P("user_invited_pitch_once", "de", "Verena Gschwandtner", "Zertifizierung | Bio-Kontrollstelle AustriaCert", "Graz",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Falls Sie über einen Wechsel der Bio-Kontrollstelle nachdenken: wir betreuen inzwischen auch "
          "Erzeugerorganisationen in Italien und sind bis zu 20 % günstiger. Darf ich Ihnen ein Angebot schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Filippo Zoli", "Consulente finanza agevolata | Bandi OCM e ISI INAIL", "Rimini",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Come dicevamo a Macfrut, per la nuova linea di calibratura c'è il bando ISI INAIL: la pratica te la seguo io, "
          "fee del 6% sul contributo ottenuto. Ti preparo la proposta?"),
  ("msg", "Alex, il bando apre il 20: se vuoi rientrare devo caricare la pratica entro dieci giorni. Ti mando il mandato da firmare?", (4, 10)))
P("user_invited_pitch_twice", "de", "Stefanie Roloff", "Vertrieb Südeuropa | Mehrwegsteigen-Pool", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Annahme, Herr Morgan! Für Ihre Lieferungen an den deutschen LEH bieten wir Mehrwegsteigen im Pool an, ab 0,38 € pro Umlauf. "
          "Soll ich Ihnen eine Kalkulation für die Birnensaison machen?"),
  ("msg", "Guten Tag Herr Morgan, ich hake noch einmal nach: für Neukunden übernehmen wir im ersten Quartal die Reinigungskosten. Wann können wir sprechen?"))
P("user_invited_pitch_twice", "it", "Johan Bergström", "Sales | PackSense – AI grading for packhouses", "Gothenburg",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! Our AI camera retrofit grades pears for russeting and bruising on your existing line and goes in in two days. "
          "Could I get 30 minutes with you and your packhouse manager?"),
  ("msg", "Hi Alex, circling back: we have an install slot in early August, before your pears start. Want to lock it in at this year's price?"), nl="en")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Jonas Weidinger", "Einkäufer Bio-Obst | Grünkorb Naturkost", "München",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Herr Morgan! Wie in Berlin besprochen hier unsere Bio-Spezifikation für Birnen und Kiwi und die Termine der "
          "Lieferantengespräche. Wenn Sie mir bis Ende Oktober Mengen und Kaliber schicken, nehme ich Sie in die Planung auf."))
P("user_invited_value", "it", "Luca Corelli", "Docente di Arboricoltura | Università di Bologna", "Bologna",
  ("acc",),
  ("msg", "Grazie per il contatto, Alex. Come promesso le allego i risultati della prova su Abate Fetel con diradamento meccanico, tre anni di dati "
          "con le rese per pezzatura. Se volete, a maggio possiamo organizzare una visita al campo sperimentale di Cadriano per i vostri tecnici, senza costi."))
P("user_invited_value", "en", "Sofie Christensen", "Journalist | Fresh Produce Nordic", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! I'm writing about how Italian co-ops rebuilt after the 2023 floods for our Nordic trade magazine. "
          "Could I quote what you said on the Berlin panel, and send you three short questions by email? Happy to share the draft before it runs."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Michela Bedeschi", "Responsabile qualità | OP Romagna Frutta", "Lugo", ("acc",))
P("acceptance_only", "de", "Thomas Huber", "Einkaufsleiter Obst | Alpenfrisch Handel", "Innsbruck", ("acc",))
P("lone_endorsement", "it", "Giacomo Ravaglia", "Socio conferitore | Azienda agricola Ravaglia", "Bagnacavallo", ("end",))
P("lone_endorsement", "en", "Freya Johansson", "Import Coordinator | Nordic Fruit House", "Gothenburg", ("end",))


# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# People whose notes only make sense in the current era (floods of 2023, PPWR, drones, the new IFA version, AI, PNRR).
ERAS = {n: "cur" for n in ("Katrin Ostermeier", "Sanne de Vries", "Tobias Wendler", "Ryan Whitlock", "Stefano Mazzotti", "Marco Tampieri",
                           "Luca Bertozzi", "Gabriele Venturi", "Frank Obermaier", "Alessio Rambelli", "Jake Whitman", "Ivano Montanari",
                           "Johan Bergström", "Sofie Christensen", "Priya Natarajan", "Giada Rinaldini", "Olav Nygaard", "Marina Sangiorgi")}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Katrin Ostermeier", "k.ostermeier@hansa-frischemarkt.example.de", "Spezifikation Bio-Birnen",
     "Hallo Herr Morgan,\n\nich hatte Sie schon über LinkedIn angefragt, hier vorab unsere Spezifikation. Eine Rückmeldung bis Monatsende wäre toll.\n\n"
     "Viele Grüße\nKatrin Ostermeier", "de"),
    ("Macfrut Segreteria", "espositori@macfrut.example.it", "Il tuo badge espositore",
     "Gentile espositore,\n\nin allegato trova i badge per il suo stand. Condivida la sua presenza anche su LinkedIn e Instagram con l'hashtag della fiera.", "it"),
    ("Avvisi agrometeo", "bollettini@agrometeo-er.example.it", "Avviso gelate: notte tra mercoledì e giovedì",
     "Previste minime tra -1 e -3 °C in pianura e nelle valli. Da quest'anno i nostri avvisi sono anche sulla pagina LinkedIn del servizio.", "it"),
    ("Ufficio Soci Frutta Lamone", "soci@frutta-lamone.example.it", "Assemblea dei soci – convocazione",
     "Cari soci,\n\nl'assemblea si terrà il 28 novembre alle 20.30 nella sala del magazzino di Faenza. Le foto dell'anno scorso sono sulla pagina LinkedIn della cooperativa.", "it"),
    ("Nordhandel Supplier Portal", "noreply@suppliers.nordhandel.example.se", "Supplier day Helsingborg – registration confirmed",
     "Dear Alex Morgan,\n\nyour registration for the supplier day is confirmed. Lars Eklund mentioned he had also reached out on LinkedIn; this is the official confirmation.", "en"),
    ("Marco Tampieri", "m.tampieri@ortonotizie.example.it", "Speciale cooperative – listino redazionali",
     "Buongiorno Alex,\n\ncome anticipato su LinkedIn le allego il listino degli spazi per lo speciale di giugno.\n\nMarco Tampieri", "it"),
    ("XING", "mailrobot@mail.xing.example.com", "Neue Kontaktanfrage von Dieter Hallmann",
     "Hallo Alex Morgan,\n\nDieter Hallmann möchte sich mit Ihnen auf XING vernetzen. Sie kennen sich vielleicht schon von LinkedIn.", "de"),
    ("Gianni Zauli", "gianni.zauli@posta.example.it", "Fwd: Voglio collegarmi",
     "Alex, mi è arrivato questo invito su LinkedIn da uno dei droni che dice di lavorare con voi, lo conosci?\n\n---------- Messaggio inoltrato ----------\n"
     "Da: Alessio Rambelli via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nBuongiorno, mi farebbe piacere restare in contatto.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot evaluation corpus dev137. Generated by scripts/make_corpus_dev137.py (seed {SEED}); do not edit by hand.",
          "# Alex as manager of a fruit growers' cooperative in Emilia-Romagna: German and Scandinavian buyers, packaging and cold-chain suppliers, "
          "agritech and drones, certification bodies, EU-funding consultants, applicants, peer cooperatives, journalists. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev137", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
