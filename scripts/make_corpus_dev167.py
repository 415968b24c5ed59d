#!/usr/bin/env python3
"""Write mailbot's dev167 corpus: tests/corpus/dev167/*.eml + expected.toml.

The angle: an ordinary two months (April and May 2018) in the inbox of Alex, procurement
manager at a steel plant in Katowice. Coal, ore, scrap, ferroalloy, refractory and freight
suppliers; ERP and e-auction vendors; fake tenders with a registration fee and invoice
(bank-account) redirection scams; engineers who want a job in the plant; peer buyers in
Poland, Czechia, Germany, France and Italy who share supplier audits, checklists and
warnings; recruiters from other mills; and a scrap dealer who turns rude after losing a
tender. Writers are mostly Polish, Czech and German speakers writing English, with German,
some French and Italian. LinkedIn's own wording is mostly English, some German, French and Italian.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; the endorsement skills, the user's headline, job alerts, spoof-only
names and spoof texts are swapped for this world in this process only. Every note was written
from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev167.py              # writes tests/corpus/dev167
    python scripts/make_corpus_dev167.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20180467

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

WIN_LO = datetime(2018, 4, 3, 6, 40, tzinfo=timezone.utc)
WIN_HI = datetime(2018, 5, 31, 20, 0, tzinfo=timezone.utc)


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


# ------------------------------------------------------------------ a steel plant's procurement in Katowice (this process only)
RHEADLINE = "Procurement Manager | Raw Materials & Logistics | Steel plant, Katowice"
SKILLS = {
    "en": ["Strategic Sourcing", "Supplier Audits", "Raw Materials Purchasing", "Negotiation", "E-Auctions", "Freight Procurement"],
    "de": ["Strategischer Einkauf", "Lieferantenaudits", "Rohstoffeinkauf", "Verhandlungsführung", "E-Auktionen"],
    "fr": ["Achats stratégiques", "Audit fournisseurs", "Achats de matières premières", "Négociation", "Enchères inversées"],
    "it": ["Acquisti strategici", "Audit fornitori", "Acquisto materie prime", "Negoziazione", "Aste elettroniche"],
    "es": ["Compras estratégicas", "Auditoría de proveedores", "Compra de materias primas", "Negociación", "Subastas electrónicas"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

# Polish ł and Ł do not decompose: map them so vanity names and accent-less variants stay ASCII.
_strip = mc.strip_accents
mc.strip_accents = lambda s: _strip(s.replace("ł", "l").replace("Ł", "L"))

mc.LANGS[:] = ["en", "en", "de", "en", "it", "fr"]
mc.NAMES["en"] = (["Agata", "Mariusz", "Dorota", "Sławomir", "Iwona", "Petr", "Zuzana", "Radim", "Beata", "Jarosław"],
                  ["Nowak", "Sobczak", "Pietrzyk", "Havel", "Kolář", "Krawczyk", "Urban", "Bednář"])
mc.CITY["en"] = ["Katowice", "Gliwice", "Ostrava", "Kraków", "Sosnowiec", "Brno"]
mc.JOBS[:] = [("Senior Buyer Raw Materials", "Huta Bankowa"), ("Category Manager Logistics", "Třinecké železárny"),
              ("Procurement Manager (m/w/d) Rohstoffe", "Georgsmarienhütte"), ("Head of Purchasing", "CMC Poland"),
              ("Supply Chain Manager", "Liberty Steel Ostrava")]
mc.COMPANIES["good"] = ["Huta Pokój", "Třinecké železárny", "Salzgitter Flachstahl", "Feralpi", "CIPS Polska", "Vítkovice Steel"]
mc.COMPANIES["sales"] = ["SteelBid", "ErpNova", "SilesiaTrans", "FerroTrade", "ProcureOne", "Refrattari Toscani", "CargoLink CZ"]
mc.HEADLINES["good"] = ["Senior Buyer at {co}", "Head of Procurement | {co}", "Category Manager Raw Materials, {co}",
                        "Logistics Manager at {co}", "Procurement Analyst | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Sales Director CEE at {co}", "Business Development | {co}",
                         "Helping steel mills cut costs | {co}", "Account Executive, {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried"]
SPOOF_PITCH = {
    "en": ["Dear {first}, please note our bank details have changed. The updated invoice with the new account is attached, sign in to view it before the payment run.",
           "Hello {first}, your company is shortlisted in tender HK/2018/114. Log in to download the documents and pay the registration fee."],
    "de": ["Hallo {first}, unsere Bankverbindung hat sich geändert. Bitte melden Sie sich an, um die aktualisierte Rechnung herunterzuladen.",
           "Guten Tag {first}, Sie wurden zur Ausschreibung zugelassen. Bitte anmelden und die Teilnahmegebühr bezahlen."],
    "fr": ["Bonjour {first}, nos coordonnées bancaires ont changé. Connectez-vous pour consulter la facture mise à jour.",
           "Bonjour {first}, votre société est présélectionnée pour un appel d'offres. Connectez-vous pour télécharger le dossier."],
    "it": ["Buongiorno {first}, le nostre coordinate bancarie sono cambiate. Acceda per scaricare la fattura aggiornata.",
           "Gentile {first}, la sua azienda è stata ammessa alla gara. Acceda per scaricare i documenti e pagare la quota."],
    "es": ["Hola {first}, han cambiado nuestros datos bancarios. Inicia sesión para ver la factura actualizada.",
           "Hola {first}, su empresa ha sido preseleccionada en una licitación. Inicie sesión para descargar los documentos."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"procurement manager\"", "Your job alert for procurement manager in {city}"),
           "news": "Will US steel tariffs push cheap imports into Europe?", "group": "Top conversations in Steel Procurement Professionals CEE",
           "newsletter": "Scrap Talk: what April prices tell us about the summer"},
    "de": {"job": ("{n} neue Jobs für „Einkaufsleiter“", "Ihr Jobalarm für Einkaufsleiter in {city}"),
           "news": "Schutzzölle: Was bedeutet das für Stahleinkäufer?", "group": "Top-Diskussionen in Einkauf Stahl & Metall",
           "newsletter": "Einkauf kompakt: Legierungszuschläge im Mai"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# ============================================================ good_invitation
P("good_invitation", "en", "Tomasz Wróblewski", "Purchasing Manager | Huta Częstochowa", "Częstochowa",
  ("inv", "Hi Alex, we both buy coking coal from the same two mines. I did a supplier audit at one of them in January - happy to send you my notes if you share yours. Saves us both a trip."), ("rem",))
P("good_invitation", "en", "Jana Dvořáková", "Procurement Lead | Třinecké železárny", "Třinec",
  ("inv", "Dear Alex, I organise free meeting of steel buyers from CZ and PL in Ostrava on 12 April, only buyers, no vendors. Topic is ferroalloy prices after tariffs. Will you come? Is 20 km from you."))
P("good_invitation", "en", "Piotr Nowicki", "Mechanical Engineer | 6 yrs rolling mill maintenance", "Gliwice",
  ("inv", "Good morning Mr Morgan, I saw your plant is looking for technical buyer for spare parts. I am engineer from rolling mill, I know bearings and hydraulics from inside. Can I send you my CV?"), ("rem",))
P("good_invitation", "de", "Katrin Vogelsang", "Leiterin Einkauf Rohstoffe | Salzgitter Flachstahl", "Salzgitter",
  ("inv", "Hallo Alex, wir hatten letztes Jahr beim BME-Symposium kurz über Schrottpreise gesprochen. Ich habe eine Auswertung der Lieferantenaudits unserer Schrotthändler, die ich gern mit Ihnen teile."))
P("good_invitation", "fr", "Étienne Morel", "Acheteur matières premières | ArcelorMittal Dunkerque", "Dunkerque",
  ("inv", "Bonjour Alex, je prépare une petite table ronde gratuite entre acheteurs sidérurgistes sur le fret ferroviaire vers l'Europe centrale. Votre expérience à Katowice nous serait très utile."))
P("good_invitation", "en", "Martin Kučera", "Certified Procurement Trainer | CIPS Study Centre Prague", "Praha",
  ("inv", "Alex - CIPS is running a free half day in Katowice on supplier risk, counts 4 CPD hours. Your colleague Ewa said you might want seats for your team. Shall I hold some?"))
P("good_invitation", "it", "Francesca Bellandi", "Buyer materie prime | Acciaierie di Verona", "Verona",
  ("inv", "Ciao Alex, ti scrivo perché anche voi comprate ferroleghe da quel fornitore ucraino: abbiamo avuto ritardi enormi da gennaio. Ti va di confrontarci? Ti racconto cosa abbiamo fatto noi."))

# ============================================================ default_invitation
P("default_invitation", "en", "Grzegorz Pawlak", "Sales | Industrial Valves", "Bytom", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Uwe Brandt", "Vertriebsleiter Osteuropa", "Dresden", ("inv", DEFAULT))
P("default_invitation", "en", "Lenka Horáková", "Logistics Coordinator", "Brno", ("inv", DEFAULT), ("rem",))

# ============================================================ sales_invitation
P("sales_invitation", "en", "Michał Baran", "Key Account Manager | SilesiaTrans Logistics", "Sosnowiec",
  ("inv", "Hello Alex, we have 40 own trucks for coils and slabs, and free capacity on Katowice-Ostrava-Vienna lane from March. Could I send you our price list and visit your office for 20 min?"))
P("sales_invitation", "de", "Jörg Tiedemann", "Business Development | ProcureOne e-Auction Suite", "Frankfurt am Main",
  ("inv", "Guten Tag Herr Morgan, mit unserer Reverse-Auction-Plattform sparen Stahlwerke im Schnitt 7 % bei Feuerfestmaterial. Darf ich Ihnen das in einer kurzen Online-Demo zeigen?"), ("rem",))
P("sales_invitation", "en", "Radek Svoboda", "Sales Director CEE | ErpNova for metals", "Ostrava",
  ("inv", "Hi Alex, most mills in Silesia still run purchasing on SAP plus excel. ErpNova has a module for scrap and alloy contracts. 30 min call next week to see if fit?"))
P("sales_invitation", "it", "Davide Rinaldi", "Export Manager | Refrattari Toscani", "Prato",
  ("inv", "Buongiorno, produciamo mattoni refrattari per siviere e forni ad arco. Possiamo offrirvi un prezzo molto competitivo sul vostro fabbisogno annuale. Posso mandarle un'offerta?"))

# ============================================================ bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Paweł Kaczmarek", "Founder | Silesian Procurement Circle", "Katowice",
  ("inv", "Alex, a few of us buyers from heavy industry in Silesia meet once a month for beer and honest talk about suppliers. No vendors. Would be good to have someone from your plant."),
  ("msg", "Thanks for joining! Quick one before the next meeting: my consultancy does spend analysis for mills, usually finds 4-6% savings in MRO. Can we book 1h with your director?", (4, 12)),
  ("msg", "Alex, following up on the spend analysis. We have a fixed-price offer for March only, 38 000 PLN. Shall I send the contract?", (7, 15)))
P("bait_and_switch_invitation", "de", "Sabine Kröger", "Netzwerk Einkaufsleiter Stahl & Metall", "Duisburg",
  ("inv", "Hallo Alex, ich betreue eine kleine Austauschgruppe von Einkaufsleitern aus Stahlwerken (DE/PL/CZ). Wir teilen Marktberichte zu Legierungen. Möchten Sie dazukommen?"),
  ("msg", "Schön, dass Sie dabei sind! Übrigens vertrete ich auch die Firma LegierTech – wir liefern FeMn und FeSi zu sehr guten Konditionen. Darf ich Ihnen ein Angebot für Q2 schicken?", (3, 10)))
P("bait_and_switch_invitation", "en", "Ondřej Malý", "Supply chain researcher | VŠB Ostrava", "Ostrava",
  ("inv", "Hello Alex, I write a study about freight risk for steel plants in CZ/PL. Could I ask you 3 questions? I will share the full results with all participants, for free."),
  ("msg", "Thank you for the answers! Actually the study is made with our partner FreightGuard, they offer cargo insurance for steel coils. Maybe 15 min call with their sales to see your premium?", (5, 14)))

# ============================================================ bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Agnieszka Lis", "Editor | Steel Buyers Review", "Warszawa",
  ("inm", "Interview for Steel Buyers Review", "Dear Mr Morgan, we are preparing an issue about procurement in Polish steel and would like to interview you, 20 minutes by phone. It would be an honour."),
  ("inm", "Re: Interview - publication package", "Dear Alex, thank you for agreeing. To publish the interview with photo and company logo we have a partner package of 6 900 PLN net. Please confirm and I will send the invoice.", (4, 12)))
P("bait_and_switch_inmail", "de", "Holger Weiß", "Veranstalter | Metall-Einkaufsforum Leipzig", "Leipzig",
  ("inm", "Einladung als Referent", "Sehr geehrter Herr Morgan, wir würden Sie gern als Referent zu Lieferantenaudits auf unser Forum im Mai einladen. Ihre Praxiserfahrung wäre sehr wertvoll für unsere Teilnehmer."),
  ("inm", "Referentenpaket Metall-Einkaufsforum", "Vielen Dank für Ihre Rückmeldung! Für Referenten bieten wir das Paket 'Speaker Plus' mit Ausstellungsfläche für 3.450 EUR an. Soll ich es für Sie reservieren?", (5, 14)))

# ============================================================ endorse_me_back
P("endorse_me_back", "en", "Marek Wójcik", "Buyer | Stalprofil", "Dąbrowa Górnicza",
  ("end",),
  ("msg", "hey Alex, gave you thumbs up for {skill} :) could you do same for me - Negotiation and Strategic Sourcing? applying for new job, every bit helps"))
P("endorse_me_back", "en", "Veronika Černá", "Freight Forwarder | CargoLink CZ", "Olomouc",
  ("end",), ("end",),
  ("msg", "Hi Alex, I endorsed you few skills last weeks. Would you be so kind to endorse me back for Logistics and Customs? Thank you very much!"))
P("endorse_me_back", "de", "Frank Lehmann", "Einkäufer | Thyssen Stahlservice", "Dortmund",
  ("end",),
  ("msg", "Moin Alex, hab Ihnen {skill} bestätigt. Eine Hand wäscht die andere – würden Sie mir auch Verhandlungsführung und SAP MM bestätigen? Danke!"))

# ============================================================ hostility_after_decline
P("hostility_after_decline", "en", "Dariusz Kowalczyk", "Owner | Kowalczyk Scrap Metal", "Ruda Śląska",
  ("inv", "Mr Morgan, we lost the scrap tender by 2%. I would like to talk why, maybe next time we can be better."), ("rem",),
  ("inm", "Tender", "So you don't even answer. 15 years we deliver to your plant and now you give contract to Germans for 2% and ignore me. This is not how decent people do business. Shame on you and your procurement."))
P("hostility_after_decline", "de", "Klaus Reimann", "Geschäftsführer | Reimann Industriebedarf", "Chemnitz",
  ("inv", DEFAULT),
  ("inm", "Ihre Ignoranz", "Herr Morgan, drei Anfragen und keine Reaktion. Ich finde das ausgesprochen unprofessionell für jemanden in Ihrer Position. Man sieht sich immer zweimal."))
P("hostility_after_decline", "en", "Bartosz Szymański", "Sales Representative | FerroTrade", "Katowice",
  ("inv", "Hi Alex, we trade ferroalloys from Ukraine and Kazakhstan. Good prices. Let's talk?"),
  ("inm", "really?", "ignoring a connection request from a local supplier. very arrogant. people like you are the reason polish industry is going nowhere."))

# ============================================================ hostility_connection
P("hostility_connection", "en", "Zbigniew Lewandowski", "Sales Manager | Lewbud Refractories", "Tychy",
  ("msg", "Alex, our refractory offer for ladle 3 is 8% below last year. We deliver in 10 days. Please put us on the tender list."),
  ("msg", "I see you chose another supplier. After all the years we helped your maintenance team in emergency this is disgraceful. You should be ashamed, you know nothing about refractories.", (10, 25)))
P("hostility_connection", "de", "Dieter Haas", "Vertrieb | Haas Walzenservice", "Siegen",
  ("acc",),
  ("msg", "Guten Tag Herr Morgan, danke für die Vernetzung. Wir schleifen und reparieren Walzen schneller als jeder Wettbewerber. Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Ich habe gehört, Sie haben den Auftrag an die Tschechen vergeben. Bei allem Respekt: Das ist eine Frechheit nach unserem Angebot. So behandelt man keine Partner.", (8, 20)))

# ============================================================ connection_only_pitches
P("connection_only_pitches", "en", "Łukasz Mazur", "Business Development | SteelBid e-auctions", "Wrocław",
  ("msg", "Alex, SteelBid now supports multi-lot auctions for scrap. Our clients save 5-9%. Demo this week?"),
  ("msg", "Hi again, we have a special price for the first 3 auctions if you sign before end of March. Let me know when you have 15 min."),
  ("msg", "Alex, last reminder about the offer. I can also come to Katowice in person."))
P("connection_only_pitches", "en", "Hana Procházková", "Sales | Moravia Rail Cargo", "Přerov",
  ("msg", "Dear Alex, we can offer wagons for iron ore from Ukrainian border to Katowice, good price per tonne. Shall I send offer?"),
  ("msg", "Dear Alex, I am writing again about wagons. We have now also special tariff for return trip with coils. Are you interested?"))
P("connection_only_pitches", "it", "Marco Benvenuti", "Area Manager Est Europa | Elettrodi Lombardi", "Brescia",
  ("msg", "Ciao Alex, ti propongo i nostri elettrodi in grafite UHP per il forno ad arco, consegna da magazzino in Polonia. Ti preparo un'offerta?"),
  ("msg", "Alex, con i prezzi della grafite che salgono, ti conviene bloccare adesso un contratto annuale. Ci sentiamo domani?"))

# ============================================================ single_pitch
P("single_pitch", "de", "Tanja Möller", "Account Manager | Coupa Partner DACH", "Berlin",
  ("msg", "Hallo Alex, ich habe gesehen, dass Sie SAP MM nutzen. Wir integrieren Coupa für Einkaufsprozesse in 8 Wochen. Hätten Sie Interesse an einem Termin?"))
P("single_pitch", "fr", "Julien Caron", "Commercial | Lorraine Ferro-Alliages", "Metz",
  ("msg", "Bonjour Alex, nous avons du ferrosilicium 75 disponible en stock à Gliwice, livraison sous 5 jours. Je vous fais une offre ?"))

# ============================================================ connection_brings_value
P("connection_brings_value", "en", "Ewa Grabowska", "Head of Procurement | Huta Pokój", "Ruda Śląska",
  ("msg", "Alex, attaching our audit checklist for scrap suppliers (radiation control, weighbridge calibration, paperwork). Use it freely. We caught two dodgy yards with it last year."))
P("connection_brings_value", "en", "Jiří Novák", "Category Manager Energy | Vítkovice Steel", "Ostrava",
  ("msg", "Hi Alex, heads up: we got an email 'from' our coal supplier saying their bank account changed. It was fake, the domain had one letter different. Check your vendor master data, they may try you too."),
  ("msg", "Update: police says same group tried 3 plants in Silesia. Here is the fake invoice (redacted) so your AP team knows what it looks like."))
P("connection_brings_value", "de", "Andreas Pohl", "Einkauf Logistik | Georgsmarienhütte", "Georgsmarienhütte",
  ("end",),
  ("msg", "Hallo Alex, anbei unsere Frachtkostenauswertung Bahn vs. LKW für Coils nach Polen 2017. Vielleicht hilft es Ihnen bei der Ausschreibung. Gruß, Andreas"))
P("connection_brings_value", "it", "Luca Santoro", "Responsabile acquisti | Feralpi", "Lonato",
  ("msg", "Ciao Alex, ti giro il report dell'audit che abbiamo fatto al fornitore di calce in Slovacchia. Per noi è ok, ma attenzione ai tempi di consegna d'inverno."))

# ============================================================ stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Monika Jabłońska", "Talent Acquisition | ArcelorMittal Poland", "Dąbrowa Górnicza",
  ("inm", "Head of Raw Materials Purchasing - ArcelorMittal Poland", "Dear Alex, we are looking for a Head of Raw Materials Purchasing in Dąbrowa Górnicza, reporting to the CPO. Your background at the Katowice plant fits well. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "de", "Christian Bauer", "Senior Recruiter | voestalpine", "Linz",
  ("inm", "Position: Leiter Einkauf Rohstoffe (m/w)", "Guten Tag Herr Morgan, für unseren Standort Linz suchen wir einen Leiter Einkauf Rohstoffe mit Erfahrung in Kokskohle und Erz. Polnischkenntnisse sind ein Plus. Hätten Sie Interesse an einem Gespräch?"))
P("stranger_inmail_recruiter", "en", "Petra Šimková", "HR Business Partner | Liberty Ostrava", "Ostrava",
  ("inm", "Procurement Director role in Ostrava", "Hello Alex, Liberty Ostrava is hiring a Procurement Director. Relocation package and Czech lessons included. Salary range is 180-220k CZK monthly. Can we talk this week?"))

# ============================================================ stranger_inmail_sales
P("stranger_inmail_sales", "en", "Rahul Mehta", "Enterprise Sales | SourceAI procurement analytics", "Bangalore",
  ("inm", "Cut your raw material spend by 12%", "Hi Alex, SourceAI uses machine learning to predict ferroalloy prices. Steel companies like yours cut spend by 12%. Would you have 20 minutes for a demo next week?"),
  ("inm", "Following up - SourceAI", "Hi Alex, just bumping this up. Happy to share a case study from a European mill."))
P("stranger_inmail_sales", "en", "Wojciech Dudek", "Partner | Dudek Tender Consulting", "Warszawa",
  ("inm", "Tender documentation service", "Dear Sir, we prepare tender documents and supplier qualification for industrial companies. Fixed fee from 4 500 PLN. May I call you?"))

# ============================================================ good_turns_ugly
P("good_turns_ugly", "en", "Robert Majewski", "Procurement consultant | ex-CPO Huta Katowice", "Katowice",
  ("inv", "Alex, I ran purchasing at your plant until 2014. If you ever want background on the old coal contracts and why they were written that way, ask me, happy to help."),
  ("msg", "As promised, scans of the 2011 framework agreement with the mine and my notes on the price clause. Hope it helps."),
  ("msg", "Alex, now that you know the history: my firm does contract renegotiation for a success fee of 25% of savings. I think we could do a lot at your plant. Meet next week?", (8, 20)))
P("good_turns_ugly", "en", "Kateřina Veselá", "Quality auditor | independent", "Frýdek-Místek",
  ("inv", "Hello Alex, I audited the Slovak lime supplier you use last year. Happy to share my report for free, there were some issues with their kiln records."),
  ("msg", "Here is the report. Let me know if you have questions."),
  ("end",),
  ("msg", "Alex, I endorsed you for {skill}. Could you please endorse me for Supplier Audits and ISO 9001? I'm building my freelance profile."))

# ============================================================ reinvite_known_bad
P("reinvite_known_bad", "en", "Sebastian Górski", "Sales | Górski Logistics", "Gliwice",
  ("inm", "Transport offer", "Dear Alex, we offer full truck loads for steel coils all over Europe. Good prices. Can I send offer?"),
  ("inv", "Hi Alex, saw your post about rail strikes. Would be nice to stay in touch.", (20, 40)))
P("reinvite_known_bad", "de", "Heike Schubert", "Vertrieb | Schubert Feuerfest", "Bonn",
  ("inv", "Guten Tag, wir liefern Feuerfestprodukte für Pfannen und Konverter. Darf ich Ihnen unseren Katalog schicken?"),
  ("inv", "Hallo Alex, wir waren beide auf der Metec. Freue mich auf Vernetzung.", (25, 45)))

# ============================================================ reinvite_known_ugly
P("reinvite_known_ugly", "en", "Artur Kamiński", "Owner | Kamiński Transport", "Chorzów",
  ("inv", "Hi, we do transport of slabs. Talk?"),
  ("inm", "unbelievable", "You reject my request but your company pays 30% more to other carrier. Typical corporate idiot. Good luck."),
  ("inv", "Hello Alex, new year new start? Maybe we forget what happened and connect.", (20, 35)))
P("reinvite_known_ugly", "en", "Lucie Marková", "Business Network Manager | CEE Steel Club", "Praha",
  ("inm", "CEE Steel Club - founding member invitation", "Dear Alex, we are building a club of senior steel procurement leaders from CEE to exchange experience. We would be glad to have you as founding member."),
  ("inm", "CEE Steel Club membership", "Dear Alex, thank you for interest. Founding membership fee is 2 900 EUR per year, invoice can go to your company. Shall I register you?", (4, 10)),
  ("inv", "Hello Alex, I'd be glad to connect here.", (10, 20)))

# ============================================================ user_invited_pitch_once
P("user_invited_pitch_once", "en", "Filip Dvořák", "Sales Manager | Ostrava Iron Ore Trading", "Ostrava",
  ("acc",),
  ("msg", "Thanks for connecting after the conference Alex. We have Ukrainian pellets 65% Fe available for April, I can offer good price if you confirm this week."))
P("user_invited_pitch_once", "de", "Matthias Ebert", "Key Account | SAP Ariba Partner", "Walldorf",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie besprochen: Ariba Sourcing für Ihre E-Auktionen, ich schicke Ihnen gern ein Angebot. Passt ein Termin nächste Woche?"))

# ============================================================ user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Joanna Kwiatkowska", "Account Executive | Comarch ERP", "Kraków",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite! Since you mentioned your purchasing runs on old ERP, Comarch has a metals module. Demo in Katowice next week?"),
  ("msg", "Alex, I have a slot on Thursday, shall I bring our presales engineer? We can also do a free proof of concept if you sign LOI."))
P("user_invited_pitch_twice", "fr", "Antoine Lefèvre", "Directeur commercial | Fret Est Europe", "Strasbourg",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Nous proposons du fret ferroviaire Strasbourg-Katowice pour vos bobines, tarif dégressif. Je vous envoie une cotation ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour la cotation. Nous avons une promotion jusqu'à fin mars."))

# ============================================================ user_invited_value
P("user_invited_value", "en", "Magdalena Sikora", "Procurement Manager | CMC Zawiercie", "Zawiercie",
  ("acc",),
  ("msg", "Thanks Alex! As I said at the PZZ meeting, here is the shared list of scrap yards we blacklisted in 2017 and why. Please add yours if you have."))
P("user_invited_value", "de", "Birgit Hansen", "Senior Buyer | Dillinger", "Dillingen",
  ("acc",),
  ("msg", "Danke für die Anfrage! Anbei wie versprochen unser Lieferanten-Auditbogen für Erzlieferanten und die Ergebnisse aus Brasilien. Gern Feedback."))

# ============================================================ acceptance_only / lone_endorsement
P("acceptance_only", "en", "Paulina Wiśniewska", "Trade Finance | ING Bank Śląski", "Katowice", ("acc",))
P("acceptance_only", "de", "Helmut Sommer", "Einkaufsleiter | Saarstahl", "Völklingen", ("acc",))
P("lone_endorsement", "en", "Kamil Olszewski", "Junior Buyer | Huta Katowice", "Katowice", ("end",))
P("lone_endorsement", "en", "Tereza Králová", "Logistics Specialist | Třinec", "Třinec", ("end",))

# ============================================================ more voices
P("good_invitation", "en", "Jakub Michalski", "Process Engineer | EAF steelmaking", "Katowice",
  ("inv", "Dear Alex, I am process engineer at EAF, finished MBA in supply chain. I would like to apply to the junior buyer position in your department. Could you tell me who decides?"))
P("sales_invitation", "en", "Natalia Wrona", "Growth | TenderPro e-auction platform", "Poznań",
  ("inv", "Hi Alex! TenderPro helps procurement teams run e-auctions in 1 click. 30% of Polish steel already uses us. Quick call?"))
P("hostility_after_decline", "it", "Gianluca Ferri", "Agente commerciale | Ferri Metalli", "Bergamo",
  ("inv", "Buongiorno, siamo trader di rottame inox, possiamo fornirvi ogni mese. Parliamo?"),
  ("inm", "Maleducazione", "Gentile Alex, trovo davvero scortese non rispondere nemmeno. Nel nostro settore il rispetto conta. Si vergogni."))
P("connection_brings_value", "fr", "Claire Duval", "Responsable achats transport | Aperam", "Isbergues",
  ("msg", "Bonjour Alex, comme promis voici notre grille d'évaluation des transporteurs (ponctualité, sinistres, conformité). Libre à vous de l'adapter."))
P("bait_and_switch_inmail", "en", "Igor Petrenko", "Director | Black Sea Tenders Portal", "Odesa",
  ("inm", "Invitation to tender: 50 000 t iron ore", "Dear Alex, your company is invited to a closed tender for supply of 50 000 t iron ore pellets. Please confirm participation and we send documents."),
  ("inm", "Tender registration fee", "Dear Alex, to receive tender documents please pay the registration and bid guarantee fee 1 200 EUR to our account. After payment you get access.", (3, 8)))
P("default_invitation", "en", "Dominik Adamczyk", "Steel Trader", "Katowice", ("inv", NONOTE))
P("good_invitation", "de", "Sven Albrecht", "Einkauf Schrott | Lech-Stahlwerke", "Meitingen",
  ("inv", "Hallo Alex, wir haben gerade eine gefälschte Ausschreibung in Ihrem Namen gesehen - jemand verschickt 'Tender Huta Katowice' an Lieferanten mit Anmeldegebühr. Wollte Sie warnen."))

# ============================================================ a second round of voices
P("bait_and_switch_invitation", "en", "Lukáš Beneš", "Rail logistics | ex-ČD Cargo", "Ostrava",
  ("inv", "Hi Alex, question from one rail guy to a buyer: how do you handle demurrage when wagons wait at the border in Chałupki? We fight with this every week. Would like to compare notes."),
  ("msg", "Thanks for accepting. To be honest the reason I ask: we built WagonWatch, software that tracks wagons and cuts demurrage 30%. 2 months free trial then 900 EUR/month. Can I show you?", (3, 9)))
P("good_turns_ugly", "de", "Jürgen Wolf", "Marktanalyst Schrott & Legierungen", "Essen",
  ("inv", "Hallo Alex, ich schreibe wöchentlich einen kurzen Schrottpreis-Überblick für Einkäufer, kostenlos, ohne Werbung. Wenn Sie möchten, nehme ich Sie in den Verteiler auf."),
  ("msg", "Hier die aktuelle Ausgabe, KW 17. Auffällig: E3-Preise in Polen ziehen an."),
  ("msg", "Hallo Alex, ab Juni stellen wir auf ein Abo um (1.200 EUR im Jahr). Für Sie als Leser der ersten Stunde 20 % Rabatt. Soll ich Ihnen die Rechnung schicken?", (6, 14)))
P("hostility_after_decline", "fr", "Thierry Blanc", "Directeur commercial | Blanc Manutention", "Lille",
  ("inv", "Bonjour, nous louons des ponts roulants et des grues pour les aciéries. Un rendez-vous pour vous présenter nos offres ?"), ("rem",),
  ("inm", "Sans réponse", "Monsieur, deux relances et toujours aucune réponse. C'est d'une grossièreté rare. On ne traite pas les gens comme ça, même quand on est acheteur."))
P("connection_only_pitches", "de", "Ralf Becker", "Spedition Becker | Stahltransporte Ost", "Cottbus",
  ("msg", "Hallo Alex, wir fahren jede Woche leer von Katowice nach Berlin zurück. Für Coils können wir Ihnen 15 % unter Marktpreis anbieten. Interesse?"),
  ("msg", "Hallo Alex, kurze Nachfrage wegen der Rückladungen. Ab Mai haben wir zwei zusätzliche Sattelzüge mit Coilmulde frei."))
P("user_invited_pitch_twice", "it", "Paolo Greco", "Sales Manager | Bilance Industriali Greco", "Modena",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Le nostre pese a ponte per rottame sono certificate OIML. Vuole un preventivo per la vostra acciaieria?"),
  ("msg", "Alex, le ricordo la nostra offerta: installazione inclusa se ordinate entro maggio."))
P("endorse_me_back", "it", "Roberta Galli", "Buyer | Ori Martin", "Brescia",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}. Se ti va, mi confermi anche tu Negoziazione e Acquisti indiretti? Grazie mille 🙏"))
P("good_invitation", "en", "Radka Pokorná", "Master's student, Logistics | VŠB - Technical University of Ostrava", "Ostrava",
  ("inv", "Dear Mr Morgan, I write my thesis about dual sourcing of ferroalloys in CEE steel. Could I ask you 5 short questions by email? I will send you the finished thesis and data."))
P("reinvite_known_bad", "en", "Tadeusz Wieczorek", "Owner | TW Hydraulika", "Bielsko-Biała",
  ("inv", DEFAULT),
  ("inv", "Hello Alex, we met at the Metal fair in Kielce, my stand was opposite to the coffee. Let's connect.", (20, 40)))
P("user_invited_value", "en", "Miroslav Horák", "Head of Purchasing | Moravia Steel", "Třinec",
  ("acc",),
  ("msg", "Hi Alex, good to be connected. Here is the comparison of rail tariffs PKP Cargo vs ČD Cargo that I mentioned in Ostrava. Data is from our 2017 invoices, anonymised."))
P("stranger_inmail_recruiter", "it", "Sara Lombardi", "HR Recruiter | Gruppo Arvedi", "Cremona",
  ("inm", "Posizione: Responsabile acquisti rottame", "Buongiorno Alex, stiamo cercando un responsabile acquisti rottame per lo stabilimento di Cremona, con esperienza nell'Est Europa. Sarebbe disponibile per un primo colloquio telefonico?"))

ERAS = {s[2]: ("2016" if i % 3 == 0 else "cur") for i, s in enumerate(PEOPLE)}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Dział Księgowości", "ksiegowosc@huta-katowice.example.pl", "Zmiana rachunku bankowego dostawcy - weryfikacja",
     "Alex,\n\nprzyszło pismo od dostawcy koksu o zmianie numeru konta. Według procedury dzwonimy do nich na stary numer telefonu przed zmianą danych. "
     "Kolega z Vítkovic pisał Ci też na LinkedIn o podobnym przypadku?\n\nPozdrawiam,\nBożena", "en"),
    ("Tomasz Wróblewski", "t.wroblewski@hcz.example.pl", "Audit notes - coal mine",
     "Hi Alex,\n\nI sent you invitation on LinkedIn but maybe you don't check. Attached my notes from the mine audit, send yours when you can.\n\nTomasz", "en"),
    ("Platforma Zakupowa", "noreply@zakupy-huta.example.pl", "Aukcja elektroniczna 2018/04/17 - wyniki",
     "Aukcja na dostawę złomu stalowego została zakończona. Zwycięzca: Stahlhandel Ruhr GmbH. Nie odpowiadaj na tę wiadomość.", "en"),
    ("BME Akademie", "akademie@bme.example.de", "Einladung: Einkäuferforum Stahl 2018",
     "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zum Einkäuferforum Stahl ein. Folgen Sie uns auf LinkedIn für das Programm.\n\nIhr BME-Team", "de"),
    ("Jana Dvořáková", "jana.dvorakova@trz.example.cz", "Ostrava buyers meeting 12.4.",
     "Hi Alex,\n\nhere is the agenda for our buyers meeting. I wrote you also on LinkedIn. Parking is behind the hotel.\n\nJana", "en"),
    ("IT Security", "security@huta-katowice.example.pl", "Warning: fake LinkedIn and tender e-mails",
     "Dear all,\n\nwe see phishing mails that look like LinkedIn messages or tender invitations from our plant. Do not log in from links, "
     "and report any request to change supplier bank details.\n\nIT Security", "en"),
    ("Kowalczyk Scrap Metal", "biuro@kowalczyk-zlom.example.pl", "Przetarg na złom - odwołanie",
     "Panie Alex,\n\nskładamy formalne odwołanie od wyniku przetargu. Pisałem też na LinkedIn, bez odpowiedzi.\n\nD. Kowalczyk", "en"),
    ("Acciaierie di Verona", "acquisti@adv.example.it", "Ritardi ferroleghe - scambio informazioni",
     "Ciao Alex,\n\nti ho mandato anche un invito su LinkedIn. Qui ti allego la cronologia dei ritardi del fornitore.\n\nFrancesca", "it"),
]


HEADER = [f"# mailbot dev167 corpus. Generated by scripts/make_corpus_dev167.py (seed {SEED}); do not edit by hand.",
          "# April and May 2018 of a procurement manager at a steel plant in Katowice: raw-material and freight suppliers, ERP and e-auction "
          "vendors, fake tenders and invoice-redirection scams, engineers applying, peer buyers sharing audits, a supplier who turns rude after "
          "a lost tender; English by Polish, Czech and German speakers, German, some French and Italian. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li167(mc.LinkedInMail):
    """The older layout's footer carries the year of the mail (2018), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories167(cs.EraStories):
    """Stories inside April and May 2018: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li167(self.g, self.b)
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
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert scenario in cs.OUTCOME, scenario
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev167")
    args = ap.parse_args()
    check_notes()
    c = Stories167(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(14)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=12), (first, last)
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
