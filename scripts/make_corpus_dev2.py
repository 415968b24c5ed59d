#!/usr/bin/env python3
"""Write mailbot's second, independent development corpus: tests/corpus/dev2/*.eml + expected.toml.

The MIME and layout machinery (headers, the 2016 and current layouts, encodings,
LinkedIn's own wording per language, spoof authentication, other LinkedIn mail) is
imported from scripts/make_corpus.py. Everything people write here is new: the phrase
banks below, the InMail subjects, the names, companies and headlines, the phish notes and
the non-LinkedIn mail. They were written from ../shared/taxonomy.md only, without reading
mailbot's signals or judge, so that nobody has tuned the judge on this phrasing.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev2.py              # writes tests/corpus/dev2
    python scripts/make_corpus_dev2.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from datetime import datetime
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402  (layout machinery only; its phrase banks are replaced below)

SEED = 20250917

# ---------------------------------------------------------------- phrase banks (new)
# {first} = Alex, {sig} = the sender's first name, {skill} = the endorsed skill.
# Categories: value_invite, value_msg, sales, pretext, pitch (after a pretext, i.e. the
# switch), invited_pitch (someone the USER invited pitches: no bait), hostile (after a
# declined/ignored invitation), hostile_conn (a connection turned down), endorse_back,
# recruiter (a real job, stranger InMail).
BANKS: dict[str, dict[str, list[str]]] = {}

BANKS["en"] = {
"value_invite": [
    "Alex — I chair the volunteer finance committee of a food bank in Leeds. We're looking for one more person to review our annual accounts twice a year (unpaid, honestly just a few hours). Would you consider it? Either way, happy to connect.",
    "hi alex, we were in the same cohort at Warwick (MSc Accounting & Finance 2012). organising a 10-year-ish reunion dinner in October, no cost except your own drinks :) wanted to make sure you're on the list",
    "Good afternoon Alex. I lead a research project at the University of Leeds on how mid-sized firms use rolling forecasts. The survey takes 12 minutes and every participant gets the full benchmark report free of charge. Would you be willing to take part?",
    "Hi Alex, I'm putting together the speaker line-up for FinOps Live in Manchester. We have an open 20-min slot on close automation and a colleague of yours said you'd be great. Speakers get a free pass.",
    "Hello Alex! I maintain an open-source set of spreadsheet templates for 13-week cash forecasting (MIT licence, on GitHub). Saw you asked about exactly that in the group, so thought you might want them. No catch.",
    "Alex, our Head of Group Reporting is leaving and my manager asked me to find strong people. I'd be glad to refer you internally if you'd ever consider it - a referral puts your CV straight on the hiring manager's desk.",
    "Hi Alex! Quick q from a fellow controller: did you move leases into your ERP's lease module or keep them in spreadsheets? We're deciding this month and I'd love to hear what went right/wrong for you 🙏",
    "Dear Alex, I coordinate the ICAEW mentoring scheme for newly qualified accountants. We are looking for experienced controllers to mentor one person for six months, about an hour a month. Would you be open to hearing more?",
    "Hey, I think we sat next to each other at the CIMA breakfast last week (the spilled coffee incident haha). Connecting so I can send you the article on working-capital KPIs I mentioned.",
    "Alex, the Midlands Finance Directors' association meets every second Tuesday - members only, no sponsors, nobody selling anything. Next one is on audit fee inflation. Want me to put you down as my guest?",
    "Hi Alex. Priyanka at Baxter & Lowe mentioned you've just been through a SOX-lite project; she thought we should talk as I'm about to start one. Happy to return the favour on anything treasury-related.",
],
"value_msg": [
    "Alex, following up on the mentoring scheme: here's the one-page guide for mentors and the sign-up form. No obligation at all, have a look when you have a quiet moment.",
    "Hi! The benchmark report from the survey is out and I've attached your copy. Page 14 compares close times by company size, thought you'd find it interesting. Thanks again for taking part, {sig}",
    "Heads-up: the reunion dinner moved to Friday the 18th, same place. Tell me any dietary stuff and I'll pass it on. Also Jenny says hi!",
    "hey alex, pushed v2 of the forecasting templates, now with a scenario tab. link's the same. feedback welcome, PRs even more welcome 😄",
    "Morning Alex. I spoke with our CFO and she'd be happy to have a coffee with you about the Group Reporting job, purely informal. Shall I connect you two by email?",
    "Alex, you mentioned you were struggling with the IFRS 15 disclosures for multi-year contracts. Found a really clear worked example published by the FRC, link below. No need to reply.",
    "Hi Alex, the slides from my session at FinOps Live are up, including the close-calendar template I promised. Free to use and adapt for your team.",
    "Quick one: are you going to the association meetup on the 12th? They're doing a panel on e-invoicing and I'd love to hear your take afterwards over a drink.",
    "Alex, thank you for the advice last month. We went with the ERP lease module in the end and your warning about the opening balances saved us a week. Owe you one!",
],
"sales": [
    "Alex, are you the right person for NetSuite/Dynamics projects at Example Industries? We're a certified ERP consultancy and we've rescued 30+ stalled implementations. Open to a 20 min intro call?",
    "Hi Alex - quick one. Does your finance team get tested against invoice fraud and CEO fraud at least once a year? We run a fixed-price cyber assessment. Can I send you the details?",
    "Hey Alex! Love your profile 🚀 We have 40 senior developers in Lviv and Manila at $28/hour. If Example Industries ever needs dashboards, integrations or a data warehouse we can start next week. Worth a chat?",
    "Dear Mr Morgan, our boutique advises owners of mid-market industrial companies on acquisitions and divestments. Should a bolt-on or a sale be considered in the next 24 months, I would welcome a confidential conversation.",
    "Hi Alex, one question: how much are you losing on the spread on your USD purchases? We hedge FX for mid-sized importers with zero platform fees. 15 minutes is all I need to show you the numbers.",
    "Hi Alex, I'm inviting a handful of companies to partner with the CFO Leadership Forum in Lisbon. Sponsorship packages start at €6,500 and include a speaking slot and the delegate list. Shall I send the prospectus?",
    "alex quick question - is Example Industries on page 1 of google for your main products? we checked and you're not 😬 we fix that in 90 days or you don't pay. can i send you the audit?",
    "Hello Alex, companies like yours are cutting electricity costs by 30-40% with rooftop solar and zero upfront cost. I'd only need your annual consumption to send a no-obligation estimate.",
    "Hi Alex, is your company fleet leased or owned? We're a leasing broker with very good rates on electric company cars at the moment (nice tax benefit for staff too). Happy to quote for 5 to 50 vehicles.",
    "Alex, hybrid working has changed how offices are used. We design and supply ergonomic office furniture with a 10-year warranty. Could I drop by with a catalogue, or would a virtual showroom tour suit you better?",
    "Hi Alex, I hope you're well. I'm a partner at a commercial law firm and we offer a fixed monthly retainer covering contract review, employment questions and debt collection. Would it make sense to talk about how we support finance teams?",
    "Hi Alex, I run a retained search practice for CFO and FD roles. Our fee is 25% of the first-year package with a replacement guarantee. If you're planning any senior finance hires this year, let's talk.",
    "Hello Alex! Still chasing receipts at month-end? 😅 Our expense app scans, categorises and syncs everything to your ERP. I'd love to set you up with a free trial and a 10-minute walkthrough.",
    "Alex, I have co-investment access to a European private equity deal (healthcare roll-up, 2.5x target MOIC), minimum ticket €100k. Allocation is limited and reserved for finance professionals - can I send you the teaser under NDA?",
    "Ever thought about owning a business alongside your career? Our coffee franchise has 140 locations and a proven model, with financing available for the right partner. Happy to send you the info pack, Alex.",
    "After being named one of the FT's fastest-growing training providers this year (still can't quite believe it!), we've opened 4 last seats in our 3-day Advanced Financial Modelling bootcamp in London. £1,450 + VAT, early bird ends Friday. Shall I hold one for you, Alex?",
    "Hi Alex, I'll keep it short. We supply temporary AP/AR clerks and credit controllers, usually within 48 hours, at a very competitive margin. Can I send over our rate card?",
],
"pretext": [
    "Hi Alex, I run a small WhatsApp group for finance people in the North West - job tips, events, the odd rant about auditors. Would be great to have you, totally informal.",
    "Alex, I'm a big believer in giving back. I offer a free 30-minute career session to finance professionals I connect with. No agenda, just paying it forward.",
    "Hello Alex, I've compiled a free benchmark of finance team salaries for 2025 and I'm sharing it with peers. Let's connect and I'll send it over.",
    "Hi Alex, we're both Durham alumni - always nice to link up with fellow alumni working in finance!",
    "Alex, I'm writing a piece on how controllers are adapting to AI and would love to include a practitioner's view. Could I ask you three quick questions?",
    "Hi Alex, I sit on the board of a charity that helps young people into accounting careers and I'm building a network of finance professionals who might occasionally lend a hand. Up for connecting?",
    "Hey Alex, quick one: I see you're at a manufacturing group too. How many people are in your close team? Trying to figure out if we're understaffed lol",
    "Hi Alex 👋 I'm launching a 'Women & Allies in Finance' breakfast series (everyone welcome). The first one is free. Connecting with people who care about this.",
],
"pitch": [
    "Hi Alex, thanks for connecting! Since we're connected now, thought you might benefit from something we do: we hedge USD and GBP exposure for manufacturers, no platform fee. Would Thursday at 10 work for a quick call?",
    "Great to have you in the group, Alex. Unrelated, but worth mentioning: I'm an independent financial adviser and quite a few members use me for pension transfers. If you'd like a free review of your pension, I have slots next week.",
    "Hey Alex, hope you enjoyed the salary benchmark! Out of curiosity, is your team growing? We place interim and permanent finance staff and can send shortlists within 48 hours. Our fee is only 18%.",
    "Hi Alex, about the close team sizes - honestly that's exactly why I reached out 😊 Our offshore accounting team can take over your AP and bank recs for a fraction of UK salaries. Can I share a proposal?",
    "Alex, thanks again for the quote for my article! P.S. my agency also runs SEO and thought-leadership campaigns for industrial brands. If Example Industries ever wants more visibility, I'd love to put a proposal together.",
    "Hi Alex, just a quick note, no pressure at all. Besides the charity I work as a consultant for commercial solar installations. If Example Industries has a flat roof I could get you a free feasibility study and quote. Just reply 'yes'.",
    "Alex, the career session offer stands! Also, a lot of the people I speak with end up joining my executive leadership programme (6 months, £3,900). Happy to walk you through the curriculum on a call.",
    "Hi Alex, hope the breakfast was useful. Our sponsor this quarter is a cyber-insurance broker and I promised to introduce a few finance leaders - would you take a 15-minute call with them? I'll set it up.",
    "Hi Alex, hope all is well! Meant to tell you: I've recently joined a franchise development company, and with your finance background you'd make a perfect multi-unit owner. Shall I send you the investment figures?",
    "Quick follow-up Alex: our ERP consultancy is offering network members a free 'health check' this month, followed by an implementation proposal if it makes sense. Can I put your name down?",
],
"invited_pitch": [
    "Thanks for the invite, Alex! Good timing actually - I'm at Vireo Cyber now, we run phishing simulations for finance teams. Shall I send you a short overview?",
    "Hi Alex, thanks for reaching out to connect. I noticed Example Industries is growing in Poland; we provide payroll and bookkeeping there. Could I send you a quote for your entity?",
    "Alex, appreciate the connection! Quick question: who handles your company car fleet? We have an EV leasing offer running until the end of the quarter.",
    "Thanks for connecting, Alex. I work with finance leaders on M&A readiness: vendor due diligence, data rooms, valuation. If a transaction is on the horizon, I'd be glad to present our approach.",
    "Hey Alex, nice to be connected! Do you have 15 minutes for me to show you our AP automation platform? We see around 70% touchless invoices at companies like yours.",
],
"hostile": [
    "Interesting. I send a personalised note and get ignored. I suppose a 'Finance Controller' title makes you too important to reply. Noted.",
    "Just so you know, I can see you viewed my profile and still didn't accept. That's not how professionals behave.",
    "Dear Alex, I find it regrettable that you chose to disregard my invitation. Courtesy costs nothing, and I expected better from someone in your position.",
    "lol ok. enjoy your tiny network 👍",
    "You know what, don't bother. People like you are the reason this site feels so cold. Shame on you.",
    "Hello Alex, some feedback you didn't ask for: ignoring a connection request from a fellow professional is rude. Maybe reflect on that.",
    "Declined again? Wow. Must be nice up there on your high horse.",
    "Not accepting my invite is your right. Not even acknowledging it is just bad manners, and I'll be telling people in our industry how you treat them.",
],
"hostile_conn": [
    "I've messaged you twice now and nothing. Left on 'read' by a controller, how professional. Don't expect me to help when you need something.",
    "Fine, I get the message. You could have just said no instead of being so arrogant about it. Unbelievable.",
    "Honestly, your silence is rude. I was offering something that would have saved your company money. Your loss, Alex.",
    "Wow, a 'not interested' with zero explanation? Pretty disrespectful to someone who spent an evening preparing a proposal for you.",
],
"endorse_back": [
    "Hi Alex! Just endorsed you for {skill}, well deserved. When you have a sec, would you mind doing the same for me? Negotiation and Key Account Management are the ones I'm trying to build up.",
    "Alex, I've endorsed you for {skill} and a couple of other skills. I'm sure you'll return the favour 😉",
    "Hey, noticed I endorsed you a while ago but never got one back... no big deal, but if you could endorse me for Financial Planning that would be great.",
    "Dear Alex, I took the liberty of endorsing your {skill} expertise. I would be grateful if you could reciprocate by endorsing my skills in Wealth Management. Kind regards, {sig}",
    "quick favour alex - I endorsed you for {skill}, could you endorse me back for SEO + Content Marketing? need it for a pitch next week thx!!",
    "Hi Alex, I try to support my network, so I endorsed you today. It only really works if it's mutual though - would you endorse me for Leadership?",
    "Alex, that's 5 endorsements from me for you this month 😄 A little reciprocity on Sales Strategy would be much appreciated!",
],
"recruiter": [
    "Hi Alex, I'm the hiring manager for a Financial Controller role at a renewable energy developer in Bristol (permanent, £85-95k, hybrid 3 days). I'm reaching out directly rather than through an agency. Would you be interested in a chat?",
    "Hello Alex, I'm an internal recruiter at Castlegate Foods. We're looking for a Head of Commercial Finance to partner with our sales director. Happy to share the brief and salary range - would you be open to a quick call?",
    "Alex, I'm working exclusively on a Group Financial Controller search for a PE-backed logistics business in Dublin. Strong IFRS consolidation needed; package €120k + bonus. Any interest, or anyone you'd recommend?",
    "Hi Alex - I'm building out the finance team at a scale-up in Edinburgh. The role is FP&A Lead, reporting to me (I'm the CFO). No agency involved. If you'd like the job description, just reply.",
    "Hi Alex, we have a 9-month maternity cover for a Finance Controller at a university hospital trust in Manchester. Day rate £450-500. Is this something you'd consider?",
],
}

BANKS["de"] = {
"value_invite": [
    "Hallo Alex, ich bin Kassenprüferin im Förderverein unserer Grundschule und wir suchen ehrenamtlich jemanden, der einmal im Jahr über den Abschluss schaut. Kein Honorar, aber viel Dankbarkeit 🙂 Hätten Sie Interesse?",
    "Servus Alex, wir waren zusammen im BWL-Jahrgang an der LMU (2011). Wir planen ein Ehemaligentreffen im Herbst in München – Eintritt frei, Getränke zahlt jeder selbst. Soll ich dich auf die Liste setzen?",
    "Sehr geehrter Herr Morgan, am Lehrstuhl für Controlling der Universität Stuttgart führen wir eine Studie zur Digitalisierung des Berichtswesens durch. Die Befragung dauert ca. 15 Minuten; alle Teilnehmenden erhalten den vollständigen Ergebnisbericht kostenfrei.",
    "Hallo Alex, für den Controller-Tag im Mai suchen wir noch eine Praxisstimme zum Thema Fast Close. 25 Minuten Vortrag, Referenten sind kostenfrei dabei. Frau Lenz hat Sie empfohlen – hätten Sie Lust?",
    "hi alex, hab auf GitHub eine Sammlung von Power-BI-Vorlagen fürs Controlling veröffentlicht (open source, gratis). Da du in der Gruppe nach einem Kostenstellen-Dashboard gefragt hast, schick ich dir gern den Link.",
    "Guten Tag Alex, bei uns wird die Stelle Leitung Konzernrechnungswesen frei und ich würde Sie gern intern empfehlen – über eine Mitarbeiterempfehlung landet Ihr Profil direkt beim Bereichsleiter. Interesse an Details?",
    "Hallo Alex, kurze Frage unter Kollegen: Habt ihr die E-Rechnung direkt im ERP umgesetzt oder über einen Dienstleister? Wir müssen das bis Jahresende entscheiden und ich würde gern aus Ihren Erfahrungen lernen.",
    "Hallo Herr Morgan, ich koordiniere das Mentoring-Programm unseres Controller-Vereins für Berufseinsteiger. Wir suchen erfahrene Controller als Mentoren, ca. eine Stunde im Monat, ehrenamtlich. Darf ich Ihnen mehr dazu erzählen?",
    "Hallo Alex! Wir haben uns beim Stammtisch in Köln über Prozesskostenrechnung unterhalten – hier wie versprochen meine Anfrage, dann kann ich Ihnen den Artikel schicken.",
    "Moin Herr Morgan, Frau Dr. Albers vom Lehrstuhl meinte, Sie hätten gerade ein Cash-Pooling eingeführt. Wir stehen kurz davor – hätten Sie Lust auf einen Erfahrungsaustausch? Ich revanchiere mich gern mit unseren Erfahrungen zur Konsolidierung.",
],
"value_msg": [
    "Hallo Alex, anbei wie besprochen der Leitfaden für Mentoren und das Anmeldeformular. Völlig unverbindlich, schauen Sie einfach rein, wenn Sie Zeit haben.",
    "Hallo Alex, der Ergebnisbericht unserer Studie ist fertig, Ihr Exemplar hängt an. Seite 11 vergleicht die Abschlussdauer nach Unternehmensgröße. Nochmals danke fürs Mitmachen! {sig}",
    "hi alex, v2 der power-bi-vorlagen ist online, jetzt mit forecast-seite. link bleibt gleich. feedback gern!",
    "Guten Morgen Alex, unsere Bereichsleiterin würde sich gern unverbindlich mit Ihnen auf einen Kaffee treffen, wegen der Stelle. Soll ich Sie beide per Mail verbinden?",
    "Hallo Alex, Sie hatten nach einem guten Beispiel für die Anhangangaben nach IFRS 15 gefragt – das IDW hat eine sehr klare Arbeitshilfe veröffentlicht, Link unten. Keine Antwort nötig.",
    "Hallo Alex, kommst du am 12. zum Treffen der Regionalgruppe? Thema ist Nachhaltigkeitsberichterstattung, danach gehen wir noch was trinken. Würde mich freuen!",
    "Vielen Dank nochmal für den Tipp mit den Eröffnungsbilanzwerten, das hat uns bei der Umstellung locker eine Woche gespart. Ich schulde Ihnen was!",
],
"sales": [
    "Hallo Herr Morgan, wir sind SAP-Partner und auf S/4HANA-Einführungen im Mittelstand spezialisiert. Steht bei Example Industries eine ERP-Umstellung an? Gern stelle ich Ihnen in 20 Minuten unseren Ansatz vor.",
    "Hallo Alex, kurze Frage: Wann wurde Ihre Finanzabteilung zuletzt auf CEO-Fraud getestet? Wir bieten einen Penetrationstest zum Festpreis an. Darf ich Ihnen ein Angebot schicken?",
    "Guten Tag Alex, wir vermitteln erfahrene Buchhalter und Controller auf Zeit, oft innerhalb von 48 Stunden. Haben Sie aktuell Engpässe im Team? Unsere Konditionen schicke ich gern.",
    "Hallo Alex 👋 Unsere Entwickler in Belgrad bauen Reporting-Lösungen und Schnittstellen zu DATEV für 35 €/Stunde. Wäre das ein Thema für Sie? Ein kurzer Call würde reichen.",
    "Sehr geehrter Herr Morgan, als M&A-Berater begleiten wir Familienunternehmen bei Nachfolge, Kauf und Verkauf. Falls dies für Ihre Gesellschafter in den nächsten Jahren relevant wird, freue ich mich auf ein vertrauliches Gespräch.",
    "Hallo Alex, zahlen Sie bei Ihren USD-Einkäufen noch Bankmargen von 1 % und mehr? Wir sichern Währungsrisiken ab, ohne Plattformgebühr. 15 Minuten und ich zeige Ihnen das Einsparpotenzial.",
    "Moin Alex, Ihr Firmendach könnte Geld verdienen ☀️ Mit unserer Photovoltaik-Pacht zahlen Sie nichts vorab und sparen ab dem ersten Monat Strom. Ich bräuchte nur Ihren Jahresverbrauch für eine Kalkulation.",
    "Hallo Alex, wir sind Leasingbroker für Dienstwagen mit Top-Konditionen für E-Autos. Ab 10 Fahrzeugen lohnt sich ein Angebot immer. Wann passt ein kurzes Telefonat?",
    "Guten Tag, unsere Kanzlei betreut Mittelständler im Arbeits- und Vertragsrecht zur monatlichen Pauschale. Gern stelle ich Ihnen unser Modell in einem kurzen Termin vor.",
    "Hallo Alex, unser zweitägiges Intensivseminar „Konzernabschluss nach IFRS“ (1.290 € zzgl. MwSt.) hat noch drei Plätze. Soll ich Ihnen einen reservieren? Der Frühbucherrabatt gilt bis Freitag.",
    "Hallo Alex, machen Sie Spesenabrechnungen noch in Excel? 😅 Unsere App erledigt das automatisch, inkl. Belegerkennung und DATEV-Export. Ich würde Ihnen gern einen Testzugang einrichten.",
    "Hallo Herr Morgan, als Executive-Search-Berater besetze ich CFO- und Leiter-Finanzen-Positionen. Unser Honorar liegt bei einem Drittel des Jahresgehalts, inkl. Nachbesetzungsgarantie. Planen Sie dieses Jahr Neubesetzungen?",
    "Nachdem wir gerade zum dritten Mal in Folge als „Top-Berater Mittelstand“ ausgezeichnet wurden (wir sind selbst noch ganz überrascht 🙈), nehmen wir wieder ein paar neue Mandanten für die Büroplanung auf: ergonomische Möbel, Akustik, Desk-Sharing. Darf ich Ihnen unseren Katalog schicken, Herr Morgan?",
    "Hallo Alex, ich vermittle exklusive Beteiligungen an Private-Equity-Deals im Mittelstand, Mindestzeichnung 100.000 €. Für Finanzprofis wie Sie reservieren wir ein kleines Kontingent. Darf ich das Teaser-Dokument schicken?",
],
"pretext": [
    "Hallo Alex, ich betreibe eine kleine Signal-Gruppe für Controller in NRW – Jobtipps, Veranstaltungen, Erfahrungsaustausch. Ganz zwanglos. Magst du dazukommen?",
    "Guten Tag Herr Morgan, ich biete Fach- und Führungskräften aus dem Finanzbereich ein kostenloses 30-minütiges Karrieregespräch an. Einfach als Dankeschön an die Community.",
    "Hallo Alex, ich habe eine Gehaltsübersicht für Controlling-Positionen 2025 zusammengestellt und teile sie gern mit Kolleginnen und Kollegen. Vernetzen wir uns, dann schicke ich sie Ihnen.",
    "Hallo Alex, wir sind beide Alumni der WHU – schön, sich auch hier zu vernetzen!",
    "Hallo Alex, ich schreibe einen Fachartikel darüber, wie Controller mit KI arbeiten. Dürfte ich Ihnen dafür drei kurze Fragen stellen?",
    "Hi Alex, kurze Frage aus Neugier: Wie viele Leute hat euer Abschlussteam? Ich versuche gerade herauszufinden, ob wir unterbesetzt sind 😅",
    "Hallo Herr Morgan, ich engagiere mich im Vorstand eines Vereins, der Jugendlichen den Weg in kaufmännische Berufe erleichtert. Dafür baue ich ein Netzwerk aus Finanzleuten auf, die gelegentlich unterstützen. Wären Sie dabei?",
],
"pitch": [
    "Hallo Alex, danke fürs Vernetzen! Da wir jetzt verbunden sind, dachte ich, das könnte für Sie interessant sein: Wir sichern Fremdwährungsrisiken für Mittelständler ab. Passt Ihnen Donnerstag 10 Uhr für ein kurzes Gespräch?",
    "Schön, dass du in der Gruppe bist! Ganz andere Sache: Ich bin unabhängiger Finanzberater und viele Mitglieder lassen ihre Altersvorsorge von mir checken. Ich hätte nächste Woche noch Termine frei.",
    "Hallo Alex, ich hoffe, die Gehaltsübersicht war hilfreich! Aus Neugier: Wächst Ihr Team? Wir vermitteln Interim- und Festangestellte im Finanzbereich, Shortlist in 48 Stunden, Honorar nur 18 %.",
    "Hallo Alex, zu unserer Frage mit der Teamgröße – genau deshalb habe ich mich gemeldet 😊 Unser Nearshore-Team übernimmt Kreditorenbuchhaltung und Bankabstimmung zu einem Bruchteil der Kosten. Darf ich ein Angebot schicken?",
    "Danke nochmal für die Antworten für meinen Artikel! PS: Meine Agentur macht auch SEO und Content-Kampagnen für Industrieunternehmen – wenn Example Industries mehr Sichtbarkeit möchte, erstelle ich gern ein Angebot.",
    "Hallo Alex, ganz ohne Druck: Das Karrieregespräch steht weiterhin. Viele meiner Kontakte buchen danach mein Führungskräfte-Coaching (6 Monate, 3.900 €). Soll ich Ihnen das Programm mal zeigen?",
    "Hallo Alex, wollte nur kurz Bescheid geben – ich bin jetzt bei einem Franchise-Unternehmen für Fitnessstudios. Mit Ihrem Finanzhintergrund wären Sie ein idealer Partner. Soll ich Ihnen die Investitionszahlen schicken?",
    "Hallo Herr Morgan, danke für Ihre Unterstützung für den Verein! Beruflich bin ich übrigens Berater für Cyberversicherungen – gerade Finanzabteilungen sind oft unterversichert. Hätten Sie 15 Minuten für einen kurzen Check?",
],
"invited_pitch": [
    "Danke für die Einladung, Alex! Passt gut, ich bin jetzt bei einem IT-Security-Anbieter und wir machen Phishing-Simulationen speziell für Finanzabteilungen. Darf ich Ihnen eine kurze Übersicht schicken?",
    "Hallo Alex, danke für die Vernetzung. Wer kümmert sich bei Ihnen um den Fuhrpark? Wir haben bis Quartalsende ein attraktives E-Leasing-Angebot.",
    "Danke fürs Vernetzen, Herr Morgan. Ich begleite Finanzvorstände bei der Vorbereitung von Transaktionen – Vendor Due Diligence, Datenraum, Bewertung. Falls etwas ansteht, stelle ich Ihnen gern unseren Ansatz vor.",
    "Hi Alex, schön verbunden zu sein! Hast du 15 Min., damit ich dir unsere Plattform zur Rechnungsverarbeitung zeigen kann? Bei ähnlichen Kunden laufen 70 % der Rechnungen vollautomatisch.",
],
"hostile": [
    "Interessant. Ich schreibe Ihnen eine persönliche Nachricht und werde ignoriert. Als Controller ist man wohl zu wichtig, um zu antworten. Notiert.",
    "Sehr geehrter Herr Morgan, ich bedauere, dass Sie meine Kontaktanfrage übergangen haben. Ein Mindestmaß an Höflichkeit hätte ich von jemandem in Ihrer Position erwartet.",
    "Ich sehe, dass Sie mein Profil angeschaut und trotzdem nicht angenommen haben. So geht man unter Profis nicht miteinander um.",
    "na dann eben nicht. viel spass mit deinem mini-netzwerk 👍",
    "Abgelehnt, ohne ein Wort? Typisch. Leute wie Sie machen diese Plattform zu einem kalten Ort. Schämen Sie sich.",
    "Ein kleines Feedback, um das Sie nicht gebeten haben: Eine Anfrage von einem Berufskollegen zu ignorieren ist schlicht unhöflich. Denken Sie mal darüber nach.",
],
"hostile_conn": [
    "Ich habe Ihnen jetzt zweimal geschrieben und nichts. Gelesen und ignoriert – wie professionell. Erwarten Sie nicht, dass ich Ihnen helfe, wenn Sie mal etwas brauchen.",
    "Schon klar, kein Interesse. Hätten Sie auch einfach sagen können, statt so überheblich zu sein. Unglaublich.",
    "Ehrlich gesagt finde ich Ihr Schweigen respektlos. Ich hätte Ihrer Firma Geld gespart. Ihr Pech, Herr Morgan.",
],
"endorse_back": [
    "Hallo Alex, ich habe Sie gerade für {skill} bestätigt – absolut verdient! Wenn Sie eine Minute haben, würden Sie mich für Verhandlungsführung bestätigen?",
    "Hi Alex, hab dich für {skill} bestätigt 😉 Ich zähl auf eine kleine Revanche!",
    "Hallo Alex, mir ist aufgefallen, dass ich Sie schon vor einer Weile bestätigt habe, aber nichts zurückkam … kein Drama, aber eine Bestätigung für Vermögensberatung wäre nett.",
    "Sehr geehrter Herr Morgan, ich habe mir erlaubt, Ihre Kenntnisse in {skill} zu bestätigen. Über eine Bestätigung meiner Kenntnisse im Vertrieb würde ich mich im Gegenzug sehr freuen. Mit freundlichen Grüßen, {sig}",
    "Hallo Alex, Netzwerken funktioniert nur auf Gegenseitigkeit, oder? Ich habe Sie heute bestätigt – bestätigen Sie mich bitte für Führung und Teamentwicklung.",
],
"recruiter": [
    "Hallo Herr Morgan, ich bin Hiring Manager für die Position Kaufmännischer Leiter (m/w/d) bei einem Windparkprojektierer in Bremen, unbefristet, 95–110 T€. Ich melde mich direkt, ohne Personalberater. Hätten Sie Interesse an einem Austausch?",
    "Guten Tag Alex, ich bin Recruiterin bei der Brauerei Hofmann & Söhne. Wir suchen eine Leitung Controlling (m/w/d) mit SAP-Erfahrung. Darf ich Ihnen die Stellenbeschreibung und die Gehaltsspanne schicken?",
    "Hallo Alex, ich baue als CFO eines Scale-ups in Leipzig das Finanzteam auf und suche einen FP&A Lead, der direkt an mich berichtet. Keine Agentur. Wenn Sie mögen, schicke ich Ihnen die Ausschreibung.",
    "Hallo Herr Morgan, für eine Elternzeitvertretung (12 Monate) als Konzerncontroller bei einem Klinikverbund in Düsseldorf suche ich erfahrene Kandidaten. Tagessatz 750–850 €. Wäre das etwas für Sie?",
],
}

BANKS["fr"] = {
"value_invite": [
    "Bonjour Alex, je suis trésorière bénévole d'une association d'aide aux devoirs à Lyon. Nous cherchons quelqu'un pour relire nos comptes annuels, deux soirées par an, à titre bénévole. Cela vous tenterait-il ?",
    "Salut Alex ! On était dans la même promo à l'ESCP (2013). On organise des retrouvailles en novembre à Paris, gratuit (hors boissons 😄). Je voulais m'assurer que tu sois dans la boucle.",
    "Bonjour Alex, je mène une enquête à l'IAE de Nantes sur les pratiques de reforecast dans les ETI. Le questionnaire prend 10 minutes et chaque participant reçoit gratuitement le rapport de benchmark complet. Seriez-vous partant ?",
    "Bonjour Alex, je prépare le programme des Rencontres du Contrôle de Gestion à Bordeaux et il nous reste un créneau de 20 minutes sur la clôture rapide. Les intervenants sont invités gratuitement. Ça vous dirait ?",
    "Hello Alex, j'ai mis en ligne sur GitHub des modeles de prevision de tresorerie a 13 semaines (open source, gratuits). Tu avais pose la question dans le groupe, je te les partage volontiers.",
    "Bonjour Alex, un poste de Responsable Consolidation s'ouvre chez nous et je serais ravie de vous coopter en interne : votre CV arriverait directement chez le DAF. Ça vous intéresse d'en savoir plus ?",
    "Bonjour Alex, petite question entre contrôleurs : vous avez géré la facturation électronique dans votre ERP ou via une plateforme externe ? On doit trancher ce mois-ci et votre retour m'aiderait beaucoup.",
    "Bonjour Alex, je coordonne le programme de mentorat de notre association de directeurs financiers pour les jeunes diplômés. Nous cherchons des contrôleurs expérimentés, une heure par mois pendant six mois, bénévolement. Puis-je vous en dire plus ?",
    "Bonsoir Alex, on s'est croisés au petit-déjeuner des contrôleurs jeudi dernier, je vous envoie l'article sur le BFR dont je vous avais parlé. Au plaisir !",
],
"value_msg": [
    "Bonjour Alex, comme promis voici le guide du mentor et le formulaire d'inscription. Aucun engagement, regardez quand vous aurez un moment.",
    "Bonjour Alex, le rapport de l'enquête est prêt, vous le trouverez en pièce jointe. La page 9 compare les délais de clôture par taille d'entreprise. Merci encore pour votre participation !",
    "salut alex, j'ai publié la v2 des modèles, avec un onglet scénarios. même lien. tes retours sont les bienvenus",
    "Bonjour Alex, notre DAF serait ravie de prendre un café avec vous, de manière informelle, au sujet du poste. Je vous mets en relation par e-mail ?",
    "Alex, tu viens à la soirée de l'association le 12 ? Table ronde sur la CSRD puis apéro. J'aimerais bien avoir ton avis après !",
    "Merci encore pour votre conseil sur les soldes d'ouverture, ça nous a fait gagner une bonne semaine sur la migration. Je vous dois un verre !",
],
"sales": [
    "Bonjour Alex, cabinet intégrateur Sage X3 et Microsoft Dynamics, nous reprenons des projets ERP en difficulté. Un projet de migration est-il prévu chez Example Industries ? 20 minutes pour en parler ?",
    "Bonjour, votre service comptable a-t-il déjà été testé contre la fraude au président ? Nous proposons un audit de cybersécurité au forfait. Je peux vous envoyer une proposition ?",
    "Bonjour Alex, nous mettons à disposition des comptables et contrôleurs de gestion en intérim, souvent sous 48 h. Vous avez des besoins en ce moment ? Je vous envoie notre grille tarifaire.",
    "Hello Alex 🚀 Notre équipe de développeurs à Tunis réalise tableaux de bord et intégrations ERP à 30 €/h. Si le sujet vous parle, un petit call suffit pour cadrer.",
    "Monsieur, notre boutique de fusions-acquisitions accompagne les dirigeants d'ETI dans leurs cessions et acquisitions. Si une opération est envisagée dans les 24 mois, je serais heureux d'en discuter en toute confidentialité.",
    "Bonjour Alex, vos achats en dollars vous coûtent-ils cher en frais de change ? Nous couvrons le risque de change des PME sans frais de plateforme. 15 minutes suffisent pour vous montrer les économies.",
    "Bonjour Alex, le référencement de votre site est-il à la hauteur ? On a vérifié : vous n'êtes pas en première page sur vos mots-clés 😬 Nous garantissons le résultat en 90 jours. Je vous envoie l'audit ?",
    "Bonjour Alex, avec notre offre de panneaux solaires en autoconsommation, zéro investissement initial et jusqu'à 35 % d'économies sur l'électricité. Il me faudrait juste votre consommation annuelle.",
    "Bonjour, notre formation « Modélisation financière avancée » (3 jours, 1 690 € HT, finançable par votre OPCO) a encore 4 places. Je vous en réserve une ?",
    "Bonjour Alex, cabinet d'avocats d'affaires, nous proposons un abonnement mensuel (contrats, droit social, recouvrement). Pourrions-nous échanger sur vos besoins ?",
    "Alex, j'ai accès à un co-investissement dans une opération de private equity (build-up dans la santé, TRI cible 20 %), ticket minimum 100 k€. Je vous envoie le teaser sous NDA ?",
    "Bonjour Alex, vous êtes-vous déjà imaginé à la tête de votre propre entreprise ? Notre réseau de franchise en boulangerie compte 120 points de vente. Je vous envoie la plaquette investisseur ?",
    "Bonjour Alex, nous venons d'être élus « Meilleur cabinet de chasse 2025 » (petite fierté, je l'avoue 😊). Nos honoraires sont de 30 % de la rémunération annuelle, garantie de remplacement incluse. Un recrutement de DAF ou de contrôleur est-il prévu chez vous ?",
],
"pretext": [
    "Bonjour Alex, j'anime un petit groupe WhatsApp de DAF et contrôleurs en Auvergne-Rhône-Alpes : offres d'emploi, événements, entraide. Ce serait sympa de vous compter parmi nous.",
    "Bonjour Alex, j'offre une séance gratuite de 30 minutes d'orientation de carrière aux professionnels de la finance de mon réseau. Sans contrepartie, juste pour rendre ce qu'on m'a donné.",
    "Bonjour Alex, j'ai compilé une étude gratuite sur les rémunérations en contrôle de gestion 2025. Connectons-nous et je vous l'envoie.",
    "Salut Alex, on est tous les deux anciens de Dauphine, toujours sympa de se connecter entre alumni de la finance !",
    "Bonjour Alex, petite question par curiosité : combien de personnes dans votre équipe de clôture ? J'essaie de savoir si on est en sous-effectif 😅",
    "Bonjour Alex, j'écris un article sur la façon dont les contrôleurs utilisent l'IA et j'aimerais citer un praticien. Puis-je vous poser trois questions rapides ?",
],
"pitch": [
    "Bonjour Alex, merci pour la connexion ! Maintenant qu'on est en relation, je me suis dit que ceci pourrait vous être utile : nous couvrons le risque de change des ETI. Jeudi 10 h pour un échange rapide ?",
    "Ravi de vous compter dans le groupe ! Rien à voir, mais je suis conseiller en gestion de patrimoine et plusieurs membres me confient leur épargne retraite. J'ai des créneaux la semaine prochaine pour un bilan offert.",
    "Bonjour Alex, j'espère que l'étude vous a plu ! Par curiosité, votre équipe recrute-t-elle ? Nous plaçons des profils finance en intérim et en CDI, shortlist sous 48 h. Nos honoraires sont de 18 %.",
    "Pour rebondir sur votre équipe de clôture : c'est justement pour ça que je vous ai écrit 😊 Notre centre de services à Casablanca peut reprendre vos rapprochements bancaires et la compta fournisseurs. Je vous fais une proposition ?",
    "Bonjour Alex, la séance de carrière tient toujours ! Par ailleurs, beaucoup de mes contacts s'inscrivent à mon programme de leadership (6 mois, 3 900 €). Je peux vous le présenter lors d'un appel ?",
    "Bonjour Alex, sans aucune pression : depuis peu je travaille pour un réseau de franchise de salles de sport. Avec votre profil financier vous seriez un partenaire idéal. Je vous envoie les chiffres ?",
    "Merci encore pour vos réponses pour l'article ! PS : mon agence fait aussi du SEO et des campagnes de contenu pour les industriels. Si vous voulez plus de visibilité, je vous prépare un devis.",
],
"invited_pitch": [
    "Merci pour l'invitation Alex ! Ça tombe bien, je suis maintenant chez un éditeur de cybersécurité, on fait des simulations de phishing pour les équipes finance. Je vous envoie une présentation ?",
    "Bonjour Alex, merci pour la mise en relation. Qui gère votre flotte automobile ? Nous avons une offre de LLD sur les véhicules électriques jusqu'à la fin du trimestre.",
    "Merci pour la connexion, Alex. J'accompagne les DAF dans la préparation des opérations de cession : VDD, data room, valorisation. Si un projet se dessine, je serais ravi de vous présenter notre approche.",
],
"hostile": [
    "Intéressant. Je vous écris un message personnalisé et je suis ignoré. Le titre de contrôleur financier vous dispense sans doute de répondre. C'est noté.",
    "Monsieur, je regrette que vous ayez ignoré mon invitation. La courtoisie ne coûte rien, et j'attendais mieux de quelqu'un à votre poste.",
    "Je vois que vous avez consulté mon profil sans accepter. Ce n'est pas ainsi que se comportent des professionnels.",
    "bon ben tant pis. profite bien de ton petit reseau 👍",
    "Refusé sans un mot ? Bravo. Ce sont des gens comme vous qui rendent ce réseau si froid. Vous devriez avoir honte.",
    "Un petit retour que vous n'avez pas demandé : ignorer la demande d'un confrère est tout simplement impoli. À méditer.",
],
"hostile_conn": [
    "Deux messages et toujours rien. Lu et ignoré, quel professionnalisme. Ne comptez pas sur moi le jour où vous aurez besoin de quelque chose.",
    "J'ai compris, pas intéressé. Vous auriez pu le dire simplement au lieu de prendre ce ton hautain. Incroyable.",
    "Franchement, votre silence est irrespectueux. Je vous proposais de faire économiser de l'argent à votre entreprise. Tant pis pour vous.",
],
"endorse_back": [
    "Bonjour Alex, je viens de vous recommander pour {skill}, c'est amplement mérité ! Si vous avez une minute, pourriez-vous faire de même pour « Négociation » ?",
    "Coucou Alex, c'est fait pour {skill} 😉 je compte sur toi pour un petit retour !",
    "Bonjour Alex, je vous ai recommandé il y a quelque temps mais rien en retour… pas grave, mais une recommandation pour « Gestion de patrimoine » me ferait plaisir.",
    "Monsieur, je me suis permis de valider vos compétences en {skill}. Je vous serais reconnaissant de bien vouloir valider en retour mes compétences en développement commercial. Cordialement, {sig}",
],
"recruiter": [
    "Bonjour Alex, je suis le DAF d'une PME industrielle à Annecy et je recrute directement mon contrôleur de gestion (CDI, 60-70 k€). Pas de cabinet. Seriez-vous ouvert à un échange ?",
    "Bonjour Alex, chargée de recrutement chez Laiteries du Val, nous cherchons un Responsable Contrôle de Gestion Commercial. Je peux vous transmettre la fiche de poste et la fourchette de salaire ?",
    "Bonjour Alex, je mène en exclusivité une recherche de Directeur Consolidation pour un groupe logistique détenu par un fonds, à Lyon. Package 110 k€ + variable. Intéressé, ou quelqu'un à me recommander ?",
],
}

BANKS["es"] = {
"value_invite": [
    "Hola Alex, soy tesorera voluntaria de un banco de alimentos en Valencia y buscamos a alguien que revise las cuentas anuales un par de veces al año, sin remuneración. ¿Te animarías?",
    "¡Hola Alex! Estuvimos en la misma promo del máster en ICADE (2014). Estamos organizando un reencuentro en octubre en Madrid, gratis (las cañas aparte 😄). Quería asegurarme de que estuvieras en la lista.",
    "Hola Alex, estoy haciendo un estudio en la Universidad de Sevilla sobre cómo hacen el forecast las empresas medianas. Son 10 minutos de encuesta y todos los participantes reciben gratis el informe de benchmark completo. ¿Te interesaría participar?",
    "Hola Alex, estoy cerrando el programa del Foro de Controllers de Bilbao y nos queda un hueco de 20 minutos sobre cierre rápido. Los ponentes tienen entrada gratuita. ¿Te apetecería?",
    "Buenas Alex, he subido a GitHub unas plantillas de previsión de tesorería a 13 semanas (open source, gratis). Como preguntaste en el grupo, te paso el enlace encantado.",
    "Hola Alex, en mi empresa se abre un puesto de Responsable de Consolidación y me encantaría recomendarte internamente; así tu CV llega directo al CFO. ¿Quieres que te cuente más?",
    "Hola Alex, pregunta rapida entre controllers: ¿implantasteis la factura electronica desde el ERP o con una plataforma externa? Tenemos que decidirlo este mes y me vendria genial tu experiencia.",
    "Estimado Alex, coordino el programa de mentoring de nuestra asociación de directivos financieros para recién titulados. Buscamos controllers con experiencia, una hora al mes durante seis meses, de forma voluntaria. ¿Puedo contarte más?",
    "Hola Alex! Coincidimos en el desayuno de controllers el jueves, te envío la invitación para poder mandarte el artículo sobre fondo de maniobra que te comenté.",
],
"value_msg": [
    "Hola Alex, como te dije, aquí tienes la guía del mentor y el formulario de inscripción. Sin compromiso, échale un ojo cuando puedas.",
    "Hola Alex, ya está el informe de la encuesta, te lo adjunto. En la página 12 comparamos los plazos de cierre por tamaño de empresa. ¡Gracias otra vez por participar!",
    "ey alex, he subido la v2 de las plantillas con una pestaña de escenarios. mismo enlace. cualquier comentario bienvenido",
    "Buenos días Alex, nuestra CFO estaría encantada de tomar un café contigo, sin compromiso, para hablar del puesto. ¿Os pongo en contacto por email?",
    "Alex, ¿vienes al encuentro de la asociación el día 12? Hay mesa redonda sobre la CSRD y luego unas cañas. ¡Me gustaría saber tu opinión!",
    "Mil gracias por el consejo sobre los saldos de apertura, nos ahorró una semana entera en la migración. ¡Te debo una!",
],
"sales": [
    "Hola Alex, somos partner de SAP Business One y Odoo y rescatamos implantaciones ERP atascadas. ¿Tenéis algún proyecto de migración en Example Industries? ¿20 minutos para contártelo?",
    "Hola Alex, ¿vuestro departamento financiero ha pasado alguna vez una prueba contra el fraude del CEO? Hacemos auditorías de ciberseguridad a precio cerrado. ¿Te paso una propuesta?",
    "Hola Alex, ponemos a tu disposición contables y controllers temporales en 48 horas. ¿Tenéis picos de trabajo ahora? Te envío nuestras tarifas sin compromiso.",
    "Hey Alex 🚀 tenemos un equipo de desarrolladores en Buenos Aires que hace dashboards e integraciones por 29 USD/hora. Si os encaja, con una call de 15 min lo vemos.",
    "Estimado Sr. Morgan, nuestra firma asesora a empresas familiares en compraventa y sucesión. Si se plantea alguna operación en los próximos dos años, me encantaría conversar de forma confidencial.",
    "Hola Alex, ¿cuánto os cuesta el cambio en las compras en dólares? Cubrimos el riesgo de divisa para pymes sin comisiones de plataforma. Con 15 minutos te enseño el ahorro.",
    "Hola Alex! Hemos revisado vuestra web y no aparecéis en la primera página de Google 😬 Lo solucionamos en 90 días o no pagas. ¿Te mando la auditoría SEO?",
    "Hola Alex, con nuestras placas solares en autoconsumo para empresas no pagáis nada por adelantado y ahorráis hasta un 40 % de luz. Solo necesito vuestro consumo anual para hacer el estudio.",
    "Hola Alex, somos broker de renting de vehículos y ahora tenemos muy buenas condiciones para coches eléctricos de empresa. ¿Te preparo una oferta para vuestra flota?",
    "Hola Alex, nuestro curso de Excel avanzado para finanzas (3 días, 890 € + IVA, bonificable) tiene las últimas 5 plazas. ¿Te reservo una?",
    "Buenas tardes Alex, somos un despacho de abogados mercantilistas con una iguala mensual (contratos, laboral, recobro). ¿Te parece que hablemos de cómo apoyamos a los departamentos financieros?",
    "Hola Alex, ¿sigues peleándote con los tickets de gastos a final de mes? 😅 Nuestra app los escanea y los integra con el ERP. Te doy acceso gratis 30 días y te hago una demo de 10 minutos.",
    "Hola Alex, tras cerrar nuestra ronda Serie B (¡todavía no me lo creo!) estamos buscando 10 empresas para patrocinar nuestro congreso anual de finanzas. Los paquetes empiezan en 4.000 €. ¿Te envío el dossier?",
],
"pretext": [
    "Hola Alex, tengo un grupo de Telegram de controllers y directores financieros en Madrid: ofertas, eventos, dudas. Muy informal. ¡Sería genial tenerte!",
    "Hola Alex, ofrezco una sesión gratuita de orientación profesional de 30 minutos a los profesionales de finanzas de mi red. Sin agenda, por devolver lo que otros hicieron por mí.",
    "Hola Alex, he recopilado un estudio gratuito de salarios en control de gestión 2025. Conectemos y te lo envío.",
    "¡Hola Alex! Los dos somos antiguos alumnos de ESADE, siempre es un placer conectar con alumni del mundo financiero.",
    "Hola Alex, una pregunta por curiosidad: ¿cuántas personas tenéis en el equipo de cierre? Intento averiguar si vamos cortos de gente 😅",
    "Hola Alex, estoy escribiendo un artículo sobre cómo los controllers usan la IA y me encantaría incluir la opinión de alguien con experiencia. ¿Te puedo hacer tres preguntas rápidas?",
],
"pitch": [
    "Hola Alex, ¡gracias por conectar! Ya que estamos en contacto, he pensado que esto te puede venir bien: cubrimos el riesgo de divisa de empresas medianas. ¿Te va bien el jueves a las 10 para una llamada rápida?",
    "¡Bienvenido al grupo! Nada que ver, pero soy asesor financiero independiente y varios miembros me confían su plan de pensiones. Tengo huecos la semana que viene para una revisión gratuita.",
    "Hola Alex, ¡espero que te sirviera el estudio! Por curiosidad, ¿estáis contratando? Seleccionamos perfiles financieros temporales y fijos, terna en 48 horas, honorarios del 18 %.",
    "Sobre lo del equipo de cierre: justo por eso te escribí 😊 Nuestro centro en Bogotá puede llevaros las conciliaciones bancarias y proveedores por mucho menos. ¿Te preparo una propuesta?",
    "¡Gracias de nuevo por tus respuestas para el artículo! P.D.: mi agencia también hace SEO y campañas de contenido para empresas industriales; si queréis más visibilidad, te preparo una propuesta.",
    "Hola Alex, sin ninguna presión: me he unido a una franquicia de lavanderías autoservicio y con tu perfil financiero serías el socio ideal. ¿Te paso los números de la inversión?",
],
"invited_pitch": [
    "¡Gracias por la invitación, Alex! Qué casualidad, ahora estoy en una empresa de ciberseguridad y hacemos simulaciones de phishing para equipos de finanzas. ¿Te mando un resumen?",
    "Hola Alex, gracias por conectar. ¿Quién lleva la flota de coches en vuestra empresa? Tenemos una oferta de renting eléctrico hasta final de trimestre.",
    "Gracias por la conexión, Alex. Acompaño a directores financieros en operaciones de venta: vendor due diligence, data room, valoración. Si surge algo, te presento encantado nuestro enfoque.",
],
"hostile": [
    "Curioso. Te escribo un mensaje personal y me ignoras. Supongo que ser controller te hace demasiado importante para contestar. Tomo nota.",
    "Estimado Sr. Morgan, lamento que haya ignorado mi invitación. La cortesía no cuesta nada y esperaba más de alguien en su posición.",
    "Veo que miraste mi perfil y aun así no aceptaste. Así no se comportan los profesionales.",
    "vale, pues nada. disfruta de tu mini red 👍",
    "¿Rechazado sin una palabra? Genial. La gente como tú hace que esta red sea un sitio frío. Debería darte vergüenza.",
    "Un consejo que no me has pedido: ignorar la solicitud de un colega de profesión es de mala educacion. Piensalo.",
],
"hostile_conn": [
    "Te he escrito dos veces y nada. Leído e ignorado, qué profesional. No esperes que te ayude cuando lo necesites.",
    "Vale, ya lo pillo, no te interesa. Podrías haberlo dicho sin ese tono de superioridad. Increíble.",
    "Sinceramente, tu silencio es una falta de respeto. Te ofrecía ahorrar dinero a tu empresa. Tú te lo pierdes.",
],
"endorse_back": [
    "Hola Alex, te acabo de validar en {skill}, ¡muy merecido! Cuando tengas un minuto, ¿me validas en «Negociación»?",
    "Alex, validado en {skill} 😉 ¡cuento contigo para devolverme el detalle!",
    "Hola Alex, te validé hace tiempo y no he visto nada de vuelta… no pasa nada, pero una validación en «Gestión patrimonial» me vendría genial.",
    "Estimado Alex, me he tomado la libertad de validar sus aptitudes en {skill}. Le agradecería que validara a su vez mis aptitudes en Desarrollo de negocio. Un saludo, {sig}",
],
"recruiter": [
    "Hola Alex, soy el director financiero de una empresa de energía renovable en Zaragoza y busco directamente un Controller financiero (indefinido, 60-70 k€, híbrido). Sin headhunter de por medio. ¿Hablamos?",
    "Hola Alex, soy recruiter interna en Conservas del Cantábrico. Buscamos Responsable de Control de Gestión. ¿Te envío la descripción y la banda salarial?",
    "Hola Alex, llevo en exclusiva la búsqueda de un Director de Consolidación para un grupo logístico participado por un fondo en Barcelona. 100 k€ + variable. ¿Te interesa, o conoces a alguien?",
],
}

BANKS["it"] = {
"value_invite": [
    "Ciao Alex, sono tesoriera volontaria di un'associazione che fa doposcuola a Torino. Cerchiamo qualcuno che dia un'occhiata al bilancio due volte l'anno, a titolo gratuito. Ti andrebbe?",
    "Ciao Alex! Eravamo nello stesso corso in Bocconi (CLEF 2012). Stiamo organizzando una rimpatriata a Milano a ottobre, gratis (aperitivo a parte 😄). Volevo essere sicura che fossi nella lista.",
    "Buongiorno Alex, sto conducendo una ricerca all'Università di Bologna sulle pratiche di forecast nelle PMI. Il questionario richiede 10 minuti e tutti i partecipanti ricevono gratis il report di benchmark completo. Le andrebbe di partecipare?",
    "Ciao Alex, sto chiudendo il programma del Controller Day di Verona e ci resta uno slot di 20 minuti sulla chiusura veloce. I relatori entrano gratis. Ti interesserebbe?",
    "Ciao Alex, ho messo su GitHub dei template di cash flow a 13 settimane (open source, gratuiti). Avevi chiesto nel gruppo, te li giro volentieri.",
    "Ciao Alex, da noi si apre una posizione di Responsabile Consolidato e mi farebbe piacere segnalarti internamente: così il tuo CV arriva direttamente al CFO. Vuoi saperne di più?",
    "Ciao Alex, domanda veloce tra controller: avete gestito la fatturazione elettronica dentro l'ERP o con un intermediario esterno? Dobbiamo decidere entro il mese e la tua esperienza mi sarebbe utilissima. grazie!!",
    "Gentile Alex, coordino il programma di mentoring della nostra associazione di direttori finanziari per neolaureati. Cerchiamo controller esperti, un'ora al mese per sei mesi, su base volontaria. Posso raccontarle di più?",
    "Ciao Alex, ci siamo conosciuti alla colazione dei controller a Milano giovedi, ti mando l'invito cosi ti giro l'articolo sul capitale circolante di cui parlavamo.",
],
"value_msg": [
    "Ciao Alex, come promesso ecco la guida per i mentor e il modulo di iscrizione. Nessun impegno, guardala con calma.",
    "Buongiorno Alex, il report della ricerca è pronto, lo trova in allegato. A pagina 10 confrontiamo i tempi di chiusura per dimensione aziendale. Grazie ancora per aver partecipato!",
    "ciao alex, caricata la v2 dei template con un foglio scenari. stesso link. ogni feedback è benvenuto",
    "Ciao Alex, la nostra CFO sarebbe contenta di prendere un caffè con te, in modo informale, per parlare della posizione. Vi metto in contatto via email?",
    "Alex, vieni all'incontro dell'associazione il 12? C'è una tavola rotonda sulla CSRD e poi aperitivo. Mi piacerebbe sentire cosa ne pensi!",
    "Grazie mille per il consiglio sui saldi di apertura, ci ha fatto risparmiare una settimana sulla migrazione. Ti devo un caffè!",
],
"sales": [
    "Ciao Alex, siamo partner certificati per implementazioni ERP (SAP B1, Dynamics) e recuperiamo progetti bloccati. Avete una migrazione in vista? 20 minuti per presentarci?",
    "Buongiorno Alex, il vostro ufficio amministrativo è mai stato testato contro la truffa del CEO? Facciamo assessment di cybersecurity a prezzo fisso. Le mando una proposta?",
    "Ciao Alex, forniamo contabili e controller in somministrazione entro 48 ore. Avete carenze nel team? Ti mando il nostro listino.",
    "Ciao Alex 🚀 il nostro team di sviluppatori a Tirana realizza dashboard e integrazioni a 27 €/ora. Se vi interessa basta una call di 15 minuti.",
    "Gentile Dott. Morgan, la nostra boutique di M&A assiste le aziende familiari in cessioni e passaggi generazionali. Se un'operazione fosse all'orizzonte, sarei lieto di parlarne in via riservata.",
    "Ciao Alex, quanto vi costa il cambio sugli acquisti in dollari? Copriamo il rischio valutario per le PMI senza commissioni di piattaforma. In 15 minuti ti mostro il risparmio.",
    "Ciao Alex, abbiamo analizzato il vostro sito: non siete in prima pagina su Google 😬 Lo sistemiamo in 90 giorni o non paghi. Ti mando l'audit SEO?",
    "Buongiorno Alex, con il nostro fotovoltaico aziendale zero investimento iniziale e fino al 40 % di risparmio in bolletta. Mi basterebbe il vostro consumo annuo per uno studio.",
    "Ciao Alex, siamo broker di noleggio a lungo termine e ora abbiamo ottime condizioni sulle auto aziendali elettriche. Ti preparo un'offerta per la vostra flotta?",
    "Ciao Alex, il nostro corso intensivo di financial modelling (3 giorni, 1.350 € + IVA, finanziabile con i fondi interprofessionali) ha ancora 4 posti. Te ne riservo uno?",
    "Buongiorno, siamo uno studio legale d'impresa con un abbonamento mensile (contratti, giuslavoro, recupero crediti). Possiamo sentirci per capire come supportare la vostra area finance?",
    "Alex, ho accesso a un co-investimento private equity (aggregazione nel settore sanitario, IRR target 20 %), ticket minimo 100k. Ti mando il teaser sotto NDA?",
    "Ciao Alex! Dopo essere stati premiati come miglior startup fintech dell'anno (ancora increduli 🙏) stiamo aprendo la nostra app per le note spese a 20 aziende pilota. Ti va una demo di 10 minuti?",
],
"pretext": [
    "Ciao Alex, gestisco un gruppo WhatsApp di controller e CFO in Lombardia: offerte di lavoro, eventi, confronto. Molto informale, ci farebbe piacere averti!",
    "Ciao Alex, offro una sessione gratuita di orientamento di 30 minuti ai professionisti della finanza della mia rete. Nessun secondo fine, solo restituire quello che altri hanno fatto per me.",
    "Ciao Alex, ho raccolto uno studio gratuito sulle retribuzioni nel controllo di gestione 2025. Colleghiamoci e te lo mando.",
    "Ciao Alex, siamo entrambi ex alunni della Cattolica, sempre bello collegarsi tra alumni del mondo finance!",
    "Ciao Alex, una curiosità: quante persone avete nel team di chiusura? Sto cercando di capire se siamo sottodimensionati 😅",
    "Buongiorno Alex, sto scrivendo un articolo su come i controller usano l'IA e vorrei la voce di un professionista. Posso farle tre domande veloci?",
],
"pitch": [
    "Ciao Alex, grazie per il collegamento! Ora che siamo in contatto, ho pensato che questo potrebbe esserti utile: copriamo il rischio di cambio per le medie imprese. Giovedì alle 10 va bene per una chiamata veloce?",
    "Benvenuto nel gruppo! Non c'entra niente, ma sono consulente finanziario indipendente e diversi membri mi affidano il loro fondo pensione. Ho posto la prossima settimana per un check-up gratuito.",
    "Ciao Alex, spero che lo studio ti sia servito! Per curiosità, state assumendo? Selezioniamo profili finance in somministrazione e a tempo indeterminato, rosa di candidati in 48 ore, fee del 18 %.",
    "Riguardo al team di chiusura: è proprio per questo che ti ho scritto 😊 Il nostro centro servizi in Albania può gestire riconciliazioni bancarie e ciclo passivo a costi molto più bassi. Ti preparo una proposta?",
    "Grazie ancora per le risposte per l'articolo! P.S. la mia agenzia fa anche SEO e campagne di contenuti per aziende industriali: se volete più visibilità, ti preparo volentieri un preventivo.",
    "Ciao Alex, senza alcuna pressione: sono entrato in una rete in franchising di gelaterie e con il tuo profilo finanziario saresti il partner ideale. Ti giro i numeri dell'investimento?",
],
"invited_pitch": [
    "Grazie per l'invito Alex! Coincidenza, ora lavoro in una società di cybersecurity e facciamo simulazioni di phishing per i team finance. Ti mando una presentazione?",
    "Ciao Alex, grazie per il collegamento. Chi si occupa della flotta aziendale da voi? Abbiamo un'offerta di noleggio elettrico fino a fine trimestre.",
    "Grazie per il collegamento, Alex. Affianco i CFO nella preparazione delle operazioni di cessione: vendor due diligence, data room, valutazione. Se si muove qualcosa, le presento volentieri il nostro approccio.",
],
"hostile": [
    "Interessante. Ti scrivo un messaggio personale e vengo ignorato. Immagino che un controller sia troppo importante per rispondere. Ne prendo nota.",
    "Gentile Dott. Morgan, mi rammarica che abbia ignorato il mio invito. La cortesia non costa nulla e mi aspettavo di più da una persona nella sua posizione.",
    "Vedo che hai guardato il mio profilo e non hai accettato lo stesso. Non è così che si comportano i professionisti.",
    "ok va bene. goditi la tua mini rete 👍",
    "Rifiutato senza una parola? Complimenti. È gente come te che rende questo social un posto freddo. Vergognati.",
    "Un feedback che non mi hai chiesto: ignorare la richiesta di un collega è semplicemente maleducato. Pensaci.",
],
"hostile_conn": [
    "Ti ho scritto due volte e niente. Visualizzato e ignorato, che professionalità. Non aspettarti aiuto quando ne avrai bisogno.",
    "Ho capito, non ti interessa. Potevi dirlo semplicemente invece di fare il superiore. Incredibile.",
    "Sinceramente il tuo silenzio è irrispettoso. Ti offrivo di far risparmiare soldi alla tua azienda. Peggio per te.",
],
"endorse_back": [
    "Ciao Alex, ti ho appena confermato la competenza in {skill}, meritatissima! Quando hai un minuto, mi confermeresti «Negoziazione»?",
    "Alex, confermata la tua {skill} 😉 conto su di te per ricambiare!",
    "Ciao Alex, ti avevo confermato tempo fa ma non ho visto niente tornare indietro… nessun problema, ma una conferma su «Gestione patrimoniale» mi farebbe piacere.",
    "Gentile Alex, mi sono permesso di confermare le sue competenze in {skill}. Le sarei grato se volesse ricambiare confermando le mie competenze in Sviluppo commerciale. Cordiali saluti, {sig}",
],
"recruiter": [
    "Ciao Alex, sono il CFO di un'azienda di energie rinnovabili a Padova e cerco direttamente un Financial Controller (tempo indeterminato, RAL 60-70k, ibrido). Nessuna agenzia. Ti va di sentirci?",
    "Buongiorno Alex, sono recruiter interna in Pastificio Valdarno. Cerchiamo un Responsabile Controllo di Gestione. Posso inviarle la job description e la fascia retributiva?",
    "Ciao Alex, seguo in esclusiva la ricerca di un Group Financial Controller per un gruppo logistico partecipato da un fondo a Milano. RAL 100k + bonus. Ti interessa, o conosci qualcuno?",
],
}

# InMail subjects written by the senders themselves (new)
INMAIL_SUBJECTS = {
"en": {"recruiter": ["Financial Controller, Bristol (direct, no agency)", "Head of Commercial Finance - Castlegate", "Group FC search, Dublin", "FP&A Lead - my team", "Maternity cover, Manchester"],
       "sales": ["Idea", "question for you, Alex", "Saw your profile", "Worth 15 min?", "Example Industries + us", "A thought"],
       "pretext": ["Hello from a fellow Durham grad", "Free salary benchmark", "3 questions for an article", "Small finance group", "Curious"],
       "pitch": ["One more thing", "Also...", "Circling back", "PS", "Following on"],
       "hostile": ["Noted", "Manners", "Wow", "A word of advice", "Re: my invitation"]},
"de": {"recruiter": ["Kaufmännischer Leiter Bremen – direkt", "Leitung Controlling (m/w/d)", "FP&A Lead Leipzig", "Elternzeitvertretung Konzerncontrolling"],
       "sales": ["Kurze Idee", "Frage an Sie", "15 Minuten?", "Example Industries", "Anregung"],
       "pretext": ["Hallo von einem WHU-Alumnus", "Gehaltsübersicht 2025", "Drei Fragen für einen Artikel", "Kleine Controller-Runde"],
       "pitch": ["Noch etwas", "Nachtrag", "Kurz nachgehakt", "PS"],
       "hostile": ["Notiert", "Umgangsformen", "Ein Hinweis", "Meine Anfrage"]},
"fr": {"recruiter": ["Contrôleur de gestion – Annecy (en direct)", "Responsable Contrôle de Gestion Commercial", "Directeur Consolidation – Lyon"],
       "sales": ["Une idée", "Question rapide", "15 min ?", "Example Industries", "Proposition"],
       "pretext": ["Entre anciens de Dauphine", "Étude de rémunérations 2025", "Trois questions pour un article", "Petit groupe finance"],
       "pitch": ["Autre chose", "PS", "Je me permets de relancer", "Suite"],
       "hostile": ["C'est noté", "Politesse", "Un conseil", "Mon invitation"]},
"es": {"recruiter": ["Controller financiero – Zaragoza (directo)", "Responsable de Control de Gestión", "Director de Consolidación – Barcelona"],
       "sales": ["Una idea", "Pregunta rápida", "¿15 min?", "Example Industries", "Propuesta"],
       "pretext": ["Entre alumni de ESADE", "Estudio salarial 2025", "Tres preguntas para un artículo", "Grupo de finanzas"],
       "pitch": ["Otra cosa", "P.D.", "Retomo", "Siguiendo"],
       "hostile": ["Tomo nota", "Educación", "Un consejo", "Mi invitación"]},
"it": {"recruiter": ["Financial Controller – Padova (diretto)", "Responsabile Controllo di Gestione", "Group Financial Controller – Milano"],
       "sales": ["Un'idea", "Domanda veloce", "15 minuti?", "Example Industries", "Proposta"],
       "pretext": ["Tra alumni della Cattolica", "Studio retribuzioni 2025", "Tre domande per un articolo", "Gruppo finance"],
       "pitch": ["Un'altra cosa", "P.S.", "Ti riscrivo", "A seguire"],
       "hostile": ["Ne prendo nota", "Educazione", "Un consiglio", "Il mio invito"]},
}

PHISH_NOTES = {
"en": ["Alex, the signed NDA is waiting in your LinkedIn inbox, please confirm with your password here before it expires.", "Hi, your invoice #88421 is overdue, see the attached statement on LinkedIn Docs."],
"de": ["Hallo, das unterschriebene Dokument liegt in Ihrem LinkedIn-Postfach, bitte mit Ihrem Passwort bestätigen, bevor es abläuft."],
"fr": ["Bonjour, votre facture n° 88421 est en retard, voir le relevé sur LinkedIn Docs."],
"es": ["Hola, tu factura n.º 88421 está vencida, consulta el extracto en LinkedIn Docs."],
"it": ["Ciao, la tua fattura n. 88421 è scaduta, vedi l'estratto su LinkedIn Docs."],
}

NAMES = {
"en": (["Harriet", "Owen", "Saoirse", "Declan", "Phoebe", "Callum", "Tamsin", "Elliot", "Niamh", "Rhys", "Yasmin", "Gareth", "Lottie", "Ravi", "Eleanor", "Dominic", "Keira", "Hamish"],
       ["Abernathy", "Blackwood", "Cartwright", "Dunmore", "Featherstone", "Gilchrist", "Hollis", "Ingram", "Jarvis", "Kilbride", "Lockhart", "Maddox", "Northcott", "Oyelaran", "Prescott", "Quigley", "Ravensworth"]),
"de": (["Henrike", "Volker", "Annegret", "Till", "Mareike", "Gunnar", "Wiebke", "Ingo", "Svenja", "Rüdiger", "Hannelore", "Malte", "Gesa", "Torben", "Lüder", "Friederike"],
       ["Brandstätter", "Drechsler", "Eichhorn", "Fuchsberger", "Gödecke", "Hartmann-Ruß", "Jäckel", "Kühnert", "Löffler", "Mössner", "Nägele", "Pfeiffer", "Rößler", "Steinhäuser", "Thümmler"]),
"fr": (["Anaïs", "Gaëtan", "Solène", "Aurélien", "Ségolène", "Baptiste", "Maïwenn", "Joël", "Frédérique", "Cyprien", "Éloïse", "Rémi", "Bérénice", "Timothée"],
       ["Beaumont", "Charpentier", "Delacroix", "Estève", "Fauré", "Guérin", "Hébert", "Jacquemin", "Lacôte", "Ménard", "Pélissier", "Roussel", "Thévenin", "Vasseur"]),
"es": (["Ainhoa", "Gonzalo", "Maite", "Iker", "Remedios", "Fermín", "Leire", "Joaquín", "Montserrat", "Ángel", "Itziar", "Borja", "Nieves", "Ramón"],
       ["Aranda", "Belmonte", "Carrasco", "Echeverría", "Fuentes", "Garrido", "Hidalgo", "Iglesias", "Lozano", "Maldonado", "Navarro", "Osorio", "Pastor", "Quintana", "Salcedo"]),
"it": (["Ludovica", "Edoardo", "Benedetta", "Jacopo", "Costanza", "Pierluigi", "Rebecca", "Filippo", "Ginevra", "Corrado", "Ottavia", "Raffaele", "Nicoletta", "Vittorio"],
       ["Agnelli", "Bellucci", "Cattaneo", "D'Amico", "Fabbri", "Galli", "Leone", "Monti", "Negri", "Orlando", "Pellegrini", "Sartori", "Tedeschi", "Vitale", "Zanetti"]),
}
CITY = {"en": ["Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Birmingham"], "de": ["Hannover", "Bremen", "Leipzig", "Nürnberg", "Düsseldorf", "Graz"],
        "fr": ["Rennes", "Toulouse", "Strasbourg", "Annecy", "Montpellier", "Lausanne"], "es": ["Zaragoza", "Alicante", "San Sebastián", "Valladolid", "Murcia", "Palma"],
        "it": ["Padova", "Firenze", "Genova", "Bergamo", "Bari", "Trieste"]}
COMPANIES = {"good": ["Castlegate Foods", "Helmsdale Energy", "Lindqvist Maritime", "Brauerei Hofmann", "Laiteries du Val", "Conservas del Cantábrico", "Pastificio Valdarno", "Norvale Logistics", "Ashgrove University"],
             "sales": ["Vireo Cyber", "Kestrel ERP Partners", "Brightline Solar", "Anchor FX", "Meridia M&A", "Fleetwise Leasing", "Officio Interiors", "Rankly SEO", "Stackbridge Devs", "Hargreave Search",
                       "Lexwell Legal", "Spendly", "Northgate Capital", "Bean&Co Franchising", "Apex Modelling Academy", "Tempus Staffing"],
             "pretext": ["Anchor FX", "Hargreave Search", "Rankly SEO", "Brightline Solar", "Northgate Capital", "Tempus Staffing", "Kestrel ERP Partners"]}
HEADLINES = {
 "good": ["Financial Controller at {co}", "CFO | {co}", "Research Fellow, Management Accounting", "Treasurer (volunteer) | Community Food Bank", "Head of Group Reporting at {co}",
          "Talent Acquisition Partner at {co}", "FP&A Manager – {co}", "Chair, Regional Finance Directors' Association", "Mentoring Lead | Finance Professionals Network"],
 "sales": ["Partner at {co}", "Account Director | {co}", "Helping finance teams grow | {co}", "Founder @ {co}", "Senior Business Developer at {co}", "Head of Sales EMEA – {co}",
           "Managing Director, {co}", "Client Partner at {co} | DM me"],
 "pretext": ["Connector | Finance Community Host", "People-first | Finance | {co}", "Community Lead, Finance Breakfast Club", "Career Mentor & Networker", "Writer on finance & AI"],
}

# ------------------------------------------------------------------ wire the new banks in
mc.BANKS = BANKS
mc.INMAIL_SUBJECTS = INMAIL_SUBJECTS
mc.PHISH_NOTES = PHISH_NOTES
mc.NAMES = NAMES
mc.CITY = CITY
mc.COMPANIES = COMPANIES
mc.HEADLINES = HEADLINES
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "untrusted:mx.google.com", "nodkim", "buried", "wrongpass", "lookalike:xn--lnkedin-rfb.com"]

d = mc.d


# ---------------------------------------------------------------------- scenarios
# builder(rng) -> (steps, verdict, recommendation, headline kind); a step: (kind, category, (min gap, max gap) days)
def sc_good_invitation(r):
    steps = [("invitation", "value_invite", None)]
    if r.random() < 0.35:
        steps.append(("invitation_reminder", "same", d(5, 14)))
    return steps, "good", "accept", "good"


def sc_default_invitation(r):
    steps = [("invitation", r.choice(["default", "nonote", "nonote"]), None)]
    if r.random() < 0.4:
        steps.append(("invitation_reminder", "same", d(5, 14)))
    return steps, "bad", "ignore", r.choice(["sales", "good"])


def sc_sales_invitation(r):
    steps = [("invitation", "sales", None)]
    if r.random() < 0.3:
        steps.append(("invitation_reminder", "same", d(5, 14)))
    return steps, "bad", "ignore", "sales"


def sc_bait_invite(r):
    steps = [("invitation", "pretext", None), ("message", "pitch", d(1, 30))]
    if r.random() < 0.4:
        steps.append(("message", r.choice(["pitch", "sales"]), d(6, 45)))
    return steps, "ugly", "remove", "pretext"


def sc_bait_inmail(r):
    steps = [("inmail", "pretext", None), ("inmail", "pitch", d(2, 25))]
    if r.random() < 0.3:
        steps.append(("inmail", "sales", d(7, 30)))
    return steps, "ugly", "none", "pretext"


def sc_endorse_back(r):
    steps = [("endorsement", None, None)]
    if r.random() < 0.35:
        steps.append(("endorsement", None, d(0, 3)))
    steps.append(("message", "endorse_back", d(0, 6)))
    return steps, "ugly", "remove", "sales"


def sc_hostile_pending(r):
    steps = [("invitation", r.choice(["sales", "default", "pretext", "value_invite", "nonote"]), None)]
    if r.random() < 0.4:
        steps.append(("invitation_reminder", "same", d(5, 14)))
    steps.append(("inmail", "hostile", d(7, 35)))
    return steps, "ugly", "ignore", "sales"


def sc_hostile_connected(r):
    if r.random() < 0.5:
        steps = [("invitation_accepted", None, None), ("message", "invited_pitch", d(1, 20))]
    else:
        steps = [("message", "sales", None)]
    steps.append(("message", "hostile_conn", d(3, 20)))
    return steps, "ugly", "remove", "sales"


def sc_only_pitches(r):
    steps = [("message", "sales", None), ("message", "sales", d(8, 60))]
    if r.random() < 0.35:
        steps.append(("message", "sales", d(8, 60)))
    return steps, "bad", "remove", "sales"


def sc_single_pitch(r):
    return [("message", "sales", None)], "bad", "none", "sales"


def sc_connection_value(r):
    steps = [("endorsement", None, None)] if r.random() < 0.3 else []
    steps.append(("message", "value_msg", d(1, 30)))
    if r.random() < 0.45:
        steps.append(("message", "value_msg", d(10, 80)))
    return steps, "good", "none", "good"


def sc_recruiter(r):
    steps = [("inmail", "recruiter", None)]
    if r.random() < 0.2:
        steps.append(("inmail", "recruiter", d(15, 50)))
    return steps, "good", "none", "good"


def sc_sales_inmail(r):
    steps = [("inmail", "sales", None)]
    if r.random() < 0.35:
        steps.append(("inmail", "sales", d(6, 30)))
    return steps, "bad", "none", "sales"


def sc_good_turns_ugly(r):
    steps = [("invitation", "value_invite", None), ("message", "value_msg", d(3, 30))]
    if r.random() < 0.35:
        steps += [("endorsement", None, d(15, 70)), ("message", "endorse_back", d(0, 3))]
    else:
        steps.append(("message", "pitch", d(15, 80)))
    return steps, "ugly", "remove", "good"


def sc_reinvite_bad(r):
    first = r.choice([[("inmail", "sales", None)], [("invitation", "nonote", None)], [("invitation", "sales", None), ("invitation_reminder", "same", d(5, 14))]])
    return first + [("invitation", r.choice(["value_invite", "pretext", "sales"]), d(60, 240))], "bad", "ignore", "sales"


def sc_reinvite_ugly(r):
    if r.random() < 0.5:
        first = [("invitation", r.choice(["sales", "default", "nonote"]), None), ("inmail", "hostile", d(7, 30))]
    else:
        first = [("inmail", "pretext", None), ("inmail", "pitch", d(4, 25))]
    return first + [("invitation", r.choice(["value_invite", "pretext"]), d(60, 240))], "ugly", "ignore", "sales"


def sc_invited_once(r):
    return [("invitation_accepted", None, None), ("message", r.choice(["invited_pitch", "sales"]), d(1, 25))], "bad", "none", "sales"


def sc_invited_twice(r):
    return [("invitation_accepted", None, None), ("message", "invited_pitch", d(1, 25)), ("message", "sales", d(8, 60))], "bad", "remove", "sales"


def sc_invited_value(r):
    return [("invitation_accepted", None, None), ("message", "value_msg", d(2, 40))], "good", "none", "good"


def sc_acceptance_only(r):
    return [("invitation_accepted", None, None)], "", "none", r.choice(["good", "sales"])


def sc_lone_endorsement(r):
    return [("endorsement", None, None)], "", "none", r.choice(["good", "sales"])


SCENARIOS = [
    ("good_invitation", 10, sc_good_invitation),
    ("default_invitation", 6, sc_default_invitation),
    ("sales_invitation", 9, sc_sales_invitation),
    ("bait_and_switch_invitation", 9, sc_bait_invite),
    ("bait_and_switch_inmail", 5, sc_bait_inmail),
    ("endorse_me_back", 7, sc_endorse_back),
    ("hostility_after_decline", 6, sc_hostile_pending),
    ("hostility_connection", 5, sc_hostile_connected),
    ("connection_only_pitches", 6, sc_only_pitches),
    ("single_pitch", 7, sc_single_pitch),
    ("connection_brings_value", 7, sc_connection_value),
    ("stranger_inmail_recruiter", 5, sc_recruiter),
    ("stranger_inmail_sales", 6, sc_sales_inmail),
    ("good_turns_ugly", 5, sc_good_turns_ugly),
    ("reinvite_known_bad", 4, sc_reinvite_bad),
    ("reinvite_known_ugly", 4, sc_reinvite_ugly),
    ("user_invited_pitch_once", 6, sc_invited_once),
    ("user_invited_pitch_twice", 6, sc_invited_twice),
    ("user_invited_value", 3, sc_invited_value),
    ("acceptance_only", 2, sc_acceptance_only),
    ("lone_endorsement", 2, sc_lone_endorsement),
]

# Mail that is not from LinkedIn (new items): never touched.
FOREIGN = [
    ("Oliver Penhaligon", "oliver.penhaligon@example.net", "Your LinkedIn post on the close calendar", "Hi Alex,\n\nloved your LinkedIn post about the close calendar. Could you share the template with the Leeds team before Monday?\n\nOliver", "en"),
    ("Regionalgruppe Controlling", "info@rg-controlling.example", "Einladung: Treffen am 12. – jetzt auch auf LinkedIn", "Liebe Mitglieder, unser nächstes Treffen findet am 12. statt. Die Gruppe ist jetzt auch auf LinkedIn, der Link steht im Mitgliederbereich.", "de"),
    ("Camille Roussel", "camille.roussel@example.net", "Tr: invitation LinkedIn d'un inconnu", "Alex, tu connais ce type qui m'a invitée sur LinkedIn ? Il dit te connaître.\n\nCamille", "fr"),
    ("Asociación de Controllers", "socios@controllers.example", "Encuentro del día 12: síguenos en LinkedIn", "Te esperamos en el encuentro del día 12. Síguenos en LinkedIn para no perderte el programa.", "es"),
    ("Fatture in Cloud", "notifiche@fatture.example", "Nuova fattura ricevuta: LinkedIn Ireland Unlimited", "È stata ricevuta una nuova fattura elettronica da LinkedIn Ireland Unlimited Company per l'abbonamento Premium.", "it"),
]


class Dev2(mc.Full):
    def make_people(self):
        g = self.g
        for scenario, count, fn in SCENARIOS:
            offset = g.r.randrange(5)
            for i in range(count):
                lang = mc.LANGS[(i + offset) % 5]
                steps, verdict, rec, hkind = fn(g.r)
                era = "cur" if any(c == "nonote" for _, c, _ in steps) else None
                self.people.append(self.person_story(scenario, lang, era, steps, verdict, rec, hkind))

    def make_foreign(self):
        g = self.g
        for i, (name, addr, subj, body, lang) in enumerate(FOREIGN):
            date = g.start_date("cur")
            domain = addr.split("@")[1]
            ar = f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
            top = self.b.transport(ar, date, f"203.0.113.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")])
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n" if i % 2 else None
            data = self.b.assemble(top=top, from_=mc.enc_addr(name, addr), subject=subj, date_str=mc.Gen.fmt_date(date, "cur", 2),
                                   msgid=self.b.message_id("cur", domain), text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(mc.Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))


def build(seed: int = SEED) -> Dev2:
    c = Dev2(seed)
    c.make_people()
    c.make_spoofs(8)
    c.make_other(6)
    c.make_foreign()
    return c


def write(c: Dev2, folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    lines = [f"# mailbot second development corpus (dev2). Generated by scripts/make_corpus_dev2.py (seed {SEED}); do not edit by hand.",
             "# New phrase banks, written without reading mailbot's signals or judge. Same format as tests/corpus/dev.",
             "# folder: final folder after all mail here is processed in Date order. linkedin = false: not LinkedIn mail, never touched.", ""]
    for m in sorted(c.mails, key=lambda m: m.fname):
        (folder / m.fname).write_bytes(m.data)
        lines += [f"[{mc.toml_str(m.fname)}]", f"kind = {mc.toml_str(m.kind)}", f"linkedin = {'true' if m.linkedin else 'false'}",
                  f"folder = {mc.toml_str(m.folder)}", f"person = {mc.toml_str(m.person)}", f"scenario = {mc.toml_str(m.scenario)}",
                  f"language = {mc.toml_str(m.language)}", ""]
    for p in sorted(c.people + c.spoof_people, key=lambda p: p.name):
        spoof = p in c.spoof_people
        lines += [f"[people.{mc.toml_str(p.name)}]", f"recommendation = {mc.toml_str('none' if spoof else p.recommendation)}",
                  f"verdict = {mc.toml_str('suspicious' if spoof else p.verdict)}", f"scenario = {mc.toml_str('spoof' if spoof else p.scenario)}",
                  f"language = {mc.toml_str(p.lang)}", ""]
    (folder / "expected.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev2")
    args = ap.parse_args()
    c = build()
    write(c, args.out)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    print("scenarios:", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
