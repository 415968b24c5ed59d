#!/usr/bin/env python3
"""Write mailbot's labelled evaluation corpus: tests/corpus/{dev,test}/*.eml + expected.toml.

Deterministic (seeded): running it again rewrites the same files byte for byte.
The labels follow ../shared/taxonomy.md; the mail follows ../shared/linkedin-formats.md.
The notes are written as people write them, independently of mailbot's own rules.

    python scripts/make_corpus.py            # writes tests/corpus/dev and tests/corpus/test
    python scripts/make_corpus.py --out DIR  # somewhere else
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import quopri
import random
import shutil
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr
from html import escape
from pathlib import Path

SEED = 20240604
RECIPIENT = ("Alex Morgan", "alex.morgan@example.net")
FIRST = "Alex"
# ---------------------------------------------------------------- phrase banks
# {first} = the recipient's first name (Alex), {sig} = the sender's first name,
# {skill} = the skill from the endorsement. Written as people write, not as rules.
BANKS = {}

BANKS["en"] = {
"value_invite": [
    "Hi {first}, I run the month-end close roundtable for controllers in the region. Next session is free and counts for 2 CPE hours — would be great to have you there.",
    "Hello Alex! We met briefly at the IFRS 17 workshop in March. I'm putting the slides and my notes in a shared folder for everyone who attended, happy to send them over.",
    "Hi {first}, fellow controller here. I'm stuck on how to handle intercompany eliminations in our new consolidation tool and saw your post about it. Mind if I ask you a couple of questions?",
    "Alex - Priya from the ACCA alumni committee. We're organising a free evening on lease accounting (IFRS 16) with 1.5 CPD units, thought you might want the invite.",
    "Hi Alex, Tom Brandt suggested I reach out. He said you'd be the right person to talk to about setting up a rolling forecast, and I'd be glad to share what we did on our side too.",
    "We're both on the programme committee for the Finance Transformation Summit in October. Connecting so we can coordinate the controlling track.",
    "Hi {first}, I'm starting a small study group for the CMA part 2 exam, four of us so far, all working controllers. Weekly call, no cost. Interested?",
    "Hello, I'm hiring a Head of FP&A for our Hamburg office (permanent, reporting to the CFO) and your background looks like a strong match. Happy to share the full job description.",
    "Hi Alex, I read your comment on the accruals thread and it helped me fix a problem in our close. Thank you! Would love to stay in touch.",
    "Hi {first} 👋 I moderate a free peer forum for finance controllers in mid-sized manufacturing. No vendors allowed, just practitioners swapping templates. Would you like an invite?",
    "Alex, we worked together on the SAP S/4 migration at Norbridge back in 2019 (I was on the treasury side). Good to reconnect!",
    "Hey Alex, our university alumni chapter is hosting a free CPE webinar on ESG reporting next Thursday. Thought of you since you're in controlling.",
    "Hi Alex, I'm writing my master's thesis on driver-based planning and would love a 20-minute chat with a practitioner. I can share the results with you when it's done.",
    "I've got a copy of the new audit-readiness checklist our Big Four partner gave us – happy to pass it on, no strings. Connecting so I can send it.",
],
"value_msg": [
    "Hi Alex, as promised here is the link to the free IFRS 16 webinar recording. The Q&A at the end is the best part. Cheers, {sig}",
    "Alex, quick heads up: the controllers' roundtable moved to the 14th. Still free and still 2 CPE hours. Let me know if you want me to save you a seat.",
    "Thanks again for the tips on intercompany reconciliation! I wrote up what worked for us in a two-page note — attaching it here in case it's useful for your team.",
    "Hi {first}, a friend of mine runs treasury at Veltra and is looking for someone to compare notes with on cash pooling. Would you be OK with an intro?",
    "Hey Alex, we have an opening for a Group Controller on my team. It's not a pitch, just thought of you first. Happy to tell you more if you're curious.",
    "hi alex, the study group is meeting tuesday at 7pm, same zoom link. we're doing variance analysis cases this week",
    "Hi Alex, saw you're also dealing with the new e-invoicing mandate. We put together a checklist for our ERP project, I'm happy to share it, just say the word.",
    "Alex – do you know a good way to allocate shared IT costs across three entities? Our auditors pushed back on our current key. Would love your view, peer to peer.",
    "Hi {first}, our alumni association just opened registration for the autumn finance meetup. It's free for members and you're on the list. See you there?",
    "Great seeing you at the summit yesterday! Here are the slides from the panel, plus the benchmark study we talked about. Best, {sig}",
],
"sales": [
    "Hi {first}, I help finance teams like yours cut month-end close time by 40% with our reconciliation platform. Would you be open to a 15-minute demo next week?",
    "Hello Alex, I work with senior finance professionals on their personal wealth planning. Many controllers I speak with are under-diversified — could we set up a short call?",
    "Hi Alex, we're a nearshore accounting outsourcing partner (AP/AR, payroll, GL) with teams in Porto and Kraków. Can I send you a quote for your accounts payable?",
    "Alex — our clients typically see 3x more qualified B2B leads within 90 days. I'd love to show you how we'd do it for your company. Free 20-min strategy session?",
    "Hi {first}, I'm with Brightwell Talent. We place interim controllers and CFOs within 10 days. Do you have any open finance roles I could help you fill?",
    "Hi Alex, do you have 10 minutes this week? I'd like to present our expense management app — it integrates with SAP and Datev out of the box.",
    "Hello, as a certified executive coach I help finance leaders step into CFO roles. I have two spots left in my Q3 programme. Open to a discovery call?",
    "Hi Alex 🙂 quick one — are you reviewing your company's group health and D&O insurance this year? We usually beat existing premiums by 15–20%. Happy to run a free comparison.",
    "Hi {first}, we're a boutique real estate fund offering 8% target yield on Lisbon residential. Minimum ticket is low. Would you like the investor deck?",
    "Alex, I help companies like yours automate their FP&A reporting. Who would be the best person to speak with about a pilot?",
    "Hey Alex, we built an AI tool that reads invoices and books them automaticaly. Can I get 15 min on your calendar to show it?",
    "Hi Alex, I'm reaching out because we help mid-market companies move treasury into crypto-backed yield products safely. Worth a quick chat?",
    "Dear Alex, our firm provides transfer pricing documentation at a fixed fee. I'd be happy to send our price list and a sample report. Kind regards, {sig}",
    "Hi {first}, we run LinkedIn outreach campaigns for CFO-level services. Typical client gets 15 booked meetings a month. Want to see case studies?",
],
"pretext": [
    "Hi {first}, I'm putting together a small private circle of finance leaders in the region — we share what's working and what isn't. Would love to have you in it.",
    "Hello Alex, let's connect as fellow finance professionals! Always good to grow the network with like-minded people.",
    "Hi Alex, I'm the organiser of the CFO & Controller Community, 2,000+ members. We'd love you to join — no cost, just peers helping peers.",
    "Alex, quick question from one finance person to another: how does your team handle the budgeting process with so much uncertainty this year? Curious what others are doing.",
    "Hi {first}, I'm building a network of controllers in manufacturing. Your profile stood out and I'd be glad to connect.",
    "Hello! I came across your profile and thought we could support each other as fellow leaders in finance. Happy to help wherever I can.",
    "Hi Alex, I have a free guide on cash flow forecasting that I share with finance leaders I connect with. Let me know and I'll send it!",
    "Hi Alex, would you like to join our monthly Finance Leaders Mastermind? It's a handful of people, very informal.",
    "Alex, I'm always looking to connect with experienced controllers. Would value your perspective on where the profession is going.",
    "Hi {first} — I'm researching how finance teams in Europe are coping with inflation. Could I pick your brain sometime? Would really appreciate your insight.",
    "hi alex, saw we're both in the Finance & Controlling Professionals group. let's connect!",
    "Hi Alex, I'd love to invite you to our exclusive roundtable for senior finance executives. Great conversations, great people.",
],
"pitch": [
    "Great to be connected, Alex! Since you're in finance, you'll appreciate this: I advise executives on tax-efficient wealth management. Could we book 20 minutes next week?",
    "Hi Alex, thanks for accepting! As mentioned I'm with Finlytics — we help controllers automate the close. Would Tuesday or Thursday work for a quick demo?",
    "Hey Alex, hope the quarter-end went well. I wanted to tell you about our group income protection plans for executives — many of my clients in finance were surprised how affordable it is. Open to a chat?",
    "Hi {first}, glad you're in the circle. Before our first meetup, I wanted to share that our firm offers outsourced bookkeeping and payroll at about half the in-house cost. Shall I send a proposal?",
    "Thanks for connecting! By the way, we're currently onboarding a few companies for our B2B lead-generation pilot at a discounted rate. Are you the right person to talk to or should I reach out to your CMO?",
    "Alex, I hope the guide was useful. Many readers ask me how to put it into practice, so I'm offering a 1:1 coaching package for finance leaders this month. Want the details?",
    "Hi Alex! Quick follow-up: our partner fund is closing its Q2 round for a residential project in Valencia with 9% projected return. Can I send you the brochure?",
    "Hi Alex, it was nice connecting. I represent a digital asset platform that helps corporate treasuries earn yield on idle cash. Do you have time for a short presentation?",
    "Good morning Alex, following up on our connection — we're a recruiting agency specialised in finance and we can fill any accounting role within 2 weeks. Any open positions on your side?",
    "Hi {first}, thanks for joining the community. I'd like to show you our spend analytics software, a lot of members are already using it. 15 min this week?",
    "Hey Alex 👋 Loved your answer on budgeting. We actually built a planning tool for exactly that problem — could I show you a short demo? No pressure of course.",
    "Alex, as a fellow finance leader I think you'll like this: we're offering a limited number of spots in our premium CFO accelerator. Investment is 4,900 EUR, happy to walk you through it.",
],
"hostile": [
    "Wow. You ignored my invitation. For someone in a management position that is really unprofessional.",
    "I sent you a polite request and you didn't even bother to answer. Rude. Good luck with your career.",
    "Hi Alex, I noticed you declined my invitation. How dare you judge me without even talking to me? People like you are what's wrong with this platform.",
    "Not sure who you think you are, but ignoring people who reach out is just arrogant. I'll remember that.",
    "Seriously? I only wanted to connect. Your loss. Typical controller, no vision and no manners.",
    "You should learn some basic courtesy, Alex. A simple 'no thanks' costs nothing.",
    "I see you clicked ignore. Very mature. Don't come asking when you need something.",
    "Honestly disappointed. I thought finance people were professionals. Guess I was wrong about you.",
    "Declining a fellow professional with zero explanation? That's a shameful way to treat people. I'll be sure to mention it to our mutual contacts.",
    "Thanks for nothing. You could have at least had the decency to reply instead of hiding behind the ignore button!!",
    "It's people like you who make networking so toxic. Arrogant and rude. Enjoy your little bubble.",
],
"endorse_back": [
    "Hi Alex, I just endorsed you for {skill}! Would you mind endorsing me for Business Development? It really helps. Thanks!",
    "Hey Alex, endorsed you for {skill} 🙂 — would be great if you could return the favour, I've listed my skills on my profile.",
    "Hi {first}, I've gone ahead and endorsed a few of your skills. If you have a second, an endorsement for Sales Leadership would mean a lot.",
    "Alex, gave you an endorsement for {skill} today. Could you endorse me back for Negotiation and Account Management? Cheers",
    "Hello Alex, I hope you noticed my endorsement. I'm trying to build up my profile, could you do the same for me?",
    "Hi Alex! Just endorsed you. Mind returning the favor? Skills: Lead Generation, CRM. Thx",
    "Hi {first}, I endorsed you for {skill} – you deserve it. I'd really appreciate a couple of endorsements in return, especially for Marketing Strategy.",
    "Hey, I endorsed you last week, would you be so kind to endorse me back? Takes 10 seconds.",
    "Alex, you've got my endorsement for {skill}. Fair is fair — could you endorse me for Project Management?",
    "Hi Alex, quick favour: I endorsed your {skill} skill, could you click endorse on my top 3? I'm applying for a new role and it helps.",
],
"recruiter": [
    "Hi Alex, I'm a recruiter at Hallmark Search. I'm working on a Head of Controlling role (permanent, 130–150k + bonus) for a listed medical device company in Munich. Your experience in group consolidation fits very well. Would you be open to a confidential conversation?",
    "Hello Alex, I'm the in-house talent partner at Orvana Foods. We're hiring a Finance Controller for our Benelux entity, hybrid, reporting to the CFO. I'd love to send you the job description if you're open to new opportunities.",
    "Hi {first}, I have an interim mandate (6 months, start in September) for a Group Controller to lead the IFRS conversion at a family-owned industrial group. Day rate is attractive. Interested in hearing more?",
    "Alex, I'm recruiting for a VP Finance at a Series C fintech in Berlin. English-speaking team, strong controlling focus. Would you have 15 minutes this week for a call? Best, {sig}",
    "Hi Alex, your profile came up for a Senior Financial Controller opening at a global logistics company in Rotterdam. Salary band is €95k–110k. Happy to share details — no obligation of course.",
    "Hello Alex, I'm hiring directly for my team: Finance Business Partner, Supply Chain. Remote-friendly, EU. I'm the hiring manager, not an agency. Let me know if you'd like to chat.",
],
}

BANKS["de"] = {
"value_invite": [
    "Hallo Herr Morgan, ich leite den Controller-Stammtisch in Frankfurt. Das nächste Treffen ist kostenlos und wird mit 2 CPE-Stunden angerechnet – wir würden uns freuen, wenn Sie dabei sind.",
    "Guten Tag Alex, wir haben uns kurz beim IFRS-16-Workshop in Köln gesehen. Ich stelle die Unterlagen allen Teilnehmenden zur Verfügung und schicke sie Ihnen gern.",
    "Hallo Alex, ich bin auch Controllerin und kämpfe gerade mit der Konzernkonsolidierung in unserem neuen Tool. Ihr Beitrag dazu hat mir sehr geholfen – darf ich Ihnen ein, zwei Fragen stellen?",
    "Hi Alex, ich organisiere mit dem ICV-Arbeitskreis eine kostenfreie Abendveranstaltung zum Thema Rolling Forecast. Hätten Sie Lust zu kommen?",
    "Hallo Herr Morgan, Thomas Brandt hat mir empfohlen, mich bei Ihnen zu melden. Er meinte, Sie könnten mir beim Aufbau eines Forecast-Prozesses ein paar Tipps geben – und ich teile gern unsere Erfahrungen.",
    "Wir sitzen beide im Programmkomitee der Controlling-Tagung im Oktober. Ich vernetze mich, damit wir den Track gemeinsam abstimmen können.",
    "Hallo Alex, ich starte eine kleine Lerngruppe für die CMA-Prüfung, bisher vier Controller aus der Region. Wöchentlich online, kostenlos. Interesse?",
    "Guten Tag, ich besetze die Position Leiter Controlling (m/w/d) in unserem Hamburger Werk, unbefristet und direkt an den CFO berichtend. Ihr Profil passt sehr gut – ich schicke Ihnen gern die Stellenbeschreibung.",
    "Hallo Alex, danke für Ihren Kommentar zu den Rückstellungen, der hat uns beim Monatsabschluss wirklich weitergeholfen! Würde mich freuen, in Kontakt zu bleiben.",
    "Hallo Alex 👋 ich moderiere ein kostenloses Austauschforum für Controller im Mittelstand. Keine Anbieter, nur Praktiker, die Vorlagen teilen. Soll ich Sie einladen?",
    "Alex, wir haben 2019 zusammen an der S/4-Migration bei Norbridge gearbeitet (ich war im Treasury). Schön, wieder in Kontakt zu kommen!",
    "Hallo Herr Morgan, unser Alumni-Verein der Uni Mannheim bietet nächste Woche ein kostenloses Webinar zur Nachhaltigkeitsberichterstattung (CSRD) an. Da dachte ich an Sie.",
    "Hallo Alex, ich schreibe meine Masterarbeit über treiberbasierte Planung und würde gern 20 Minuten mit einem Praktiker sprechen. Die Ergebnisse teile ich selbstverständlich mit Ihnen.",
],
"value_msg": [
    "Hallo Alex, wie versprochen hier der Link zur Aufzeichnung des IFRS-16-Webinars. Die Fragerunde am Ende lohnt sich besonders. Viele Grüße, {sig}",
    "Hi Alex, kurze Info: der Controller-Stammtisch ist auf den 14. verschoben. Weiterhin kostenlos, 2 CPE-Stunden. Soll ich Ihnen einen Platz reservieren?",
    "Nochmals danke für die Tipps zur Intercompany-Abstimmung! Ich habe zusammengefasst, was bei uns funktioniert hat – zwei Seiten, vielleicht hilft es Ihrem Team.",
    "Hallo Alex, ein Bekannter leitet das Treasury bei Veltra und sucht jemanden zum Austausch über Cash Pooling. Wäre eine kurze Vorstellung für Sie in Ordnung?",
    "Hallo Alex, in meinem Team ist eine Stelle als Konzerncontroller frei. Keine Werbung, ich dachte nur zuerst an Sie. Melden Sie sich gern, wenn Sie mehr wissen möchten.",
    "Hallo Alex, wie lösen Sie die Verteilung gemeinsamer IT-Kosten auf mehrere Gesellschaften? Unser Prüfer hat unseren Schlüssel beanstandet. Würde mich über Ihre Sicht freuen.",
    "Schön, Sie gestern auf der Tagung getroffen zu haben! Anbei die Folien vom Panel und die Benchmark-Studie, über die wir gesprochen haben. Beste Grüße, {sig}",
    "hallo alex, die lerngruppe trifft sich dienstag um 19 uhr, gleicher zoom-link. diese woche abweichungsanalysen",
    "Hallo Alex, wir haben für unser E-Rechnungs-Projekt eine Checkliste erstellt. Ich schicke sie Ihnen gern, sagen Sie einfach Bescheid.",
],
"sales": [
    "Hallo Herr Morgan, ich unterstütze Finanzabteilungen dabei, den Monatsabschluss mit unserer Abstimmungssoftware um 40 % zu verkürzen. Hätten Sie nächste Woche 15 Minuten für eine kurze Demo?",
    "Guten Tag Alex, ich berate Führungskräfte aus dem Finanzbereich bei der privaten Vermögensplanung. Darf ich Ihnen in einem kurzen Telefonat zeigen, wie wir arbeiten?",
    "Hallo Alex, wir sind Ihr Partner für ausgelagerte Buchhaltung (Kreditoren, Debitoren, Lohn) mit Teams in Polen und Portugal. Darf ich Ihnen ein unverbindliches Angebot schicken?",
    "Hallo Alex, unsere Kunden gewinnen im Schnitt dreimal mehr qualifizierte B2B-Leads in 90 Tagen. Ich zeige Ihnen gern in einer kostenlosen Strategiesitzung, wie das für Ihr Unternehmen aussehen könnte.",
    "Guten Tag, ich bin von der Personalberatung Brightwell. Wir besetzen Interim-Controller und CFOs innerhalb von 10 Tagen. Haben Sie offene Positionen, bei denen wir unterstützen können?",
    "Hallo Herr Morgan, haben Sie diese Woche 10 Minuten? Ich würde Ihnen gern unsere Spesen-App vorstellen, die sich direkt an SAP und DATEV anbindet.",
    "Hallo Alex, als zertifizierter Business-Coach begleite ich Finanzverantwortliche auf dem Weg in die CFO-Rolle. Ich habe noch zwei Plätze frei – wollen wir kurz telefonieren?",
    "Hallo Alex 🙂 überprüfen Sie dieses Jahr Ihre betriebliche Krankenversicherung oder D&O? Wir liegen meist 15–20 % unter den bestehenden Prämien. Gern erstelle ich einen kostenlosen Vergleich.",
    "Guten Tag, wir bieten Beteiligungen an Wohnimmobilien in Leipzig mit 7 % Zielrendite an. Darf ich Ihnen das Exposé zusenden?",
    "Hallo Alex, ich helfe Unternehmen wie Ihrem, das FP&A-Reporting zu automatisieren. Wer wäre bei Ihnen der richtige Ansprechpartner für ein Pilotprojekt?",
    "Hi Alex, wir haben ein KI-Tool entwickelt, das Eingangsrechnungen automatisch kontiert. Darf ich mir 15 Minuten in Ihrem Kalender reservieren?",
    "Sehr geehrter Herr Morgan, unsere Kanzlei erstellt Verrechnungspreisdokumentationen zum Festpreis. Gern sende ich Ihnen unsere Preisliste. Mit freundlichen Grüßen, {sig}",
    "Hallo Alex, wir machen Lead-Generierung über LinkedIn für Finanzdienstleister – im Schnitt 15 Termine pro Monat. Interesse an ein paar Fallstudien?",
],
"pretext": [
    "Hallo Alex, ich baue gerade einen kleinen, vertraulichen Kreis von Finanzentscheidern in der Region auf. Wir tauschen uns offen aus – ich würde mich freuen, wenn Sie dabei sind.",
    "Guten Tag Herr Morgan, lassen Sie uns als Finanzprofis vernetzen! Ein starkes Netzwerk unter Gleichgesinnten ist immer wertvoll.",
    "Hallo Alex, ich bin Gründer der Community „CFO & Controller Netzwerk DACH“ mit über 2.000 Mitgliedern. Wir würden uns freuen, Sie aufzunehmen – kostenlos, von Kollegen für Kollegen.",
    "Hallo Alex, kurze Frage unter Finanzleuten: Wie gehen Sie bei der Budgetplanung mit der aktuellen Unsicherheit um? Mich interessiert, wie andere das machen.",
    "Hallo Alex, ich vernetze mich gezielt mit Controllern aus der Industrie. Ihr Profil ist mir positiv aufgefallen.",
    "Guten Tag, ich bin auf Ihr Profil gestoßen und denke, wir könnten uns als Führungskräfte im Finanzbereich gut gegenseitig unterstützen.",
    "Hallo Alex, ich habe einen kostenlosen Leitfaden zur Liquiditätsplanung, den ich mit meinen Kontakten aus dem Finanzbereich teile. Sagen Sie Bescheid, dann schicke ich ihn Ihnen!",
    "Hallo Herr Morgan, hätten Sie Lust, unserem monatlichen Mastermind für Finanzführungskräfte beizutreten? Kleine Runde, ganz informell.",
    "Hallo Alex, ich führe gerade eine kleine Umfrage unter Controllern zur Inflation durch. Darf ich Sie bei Gelegenheit um Ihre Einschätzung bitten?",
    "hallo alex, wir sind beide in der gruppe Controlling & Finanzen. lass uns vernetzen!",
    "Guten Tag Alex, ich möchte Sie herzlich zu unserem exklusiven Roundtable für Finanzvorstände einladen. Spannende Gespräche, tolle Leute.",
],
"pitch": [
    "Schön, dass wir vernetzt sind, Alex! Da Sie im Finanzbereich sind, wird Sie das interessieren: Ich berate Führungskräfte zur steueroptimierten Vermögensanlage. Hätten Sie nächste Woche 20 Minuten?",
    "Hallo Alex, danke fürs Annehmen! Wie erwähnt bin ich bei Finlytics – wir automatisieren den Abschluss für Controller. Passt Ihnen Dienstag oder Donnerstag für eine kurze Demo?",
    "Hallo Alex, ich hoffe, der Quartalsabschluss lief gut. Ich wollte Ihnen kurz unsere Berufsunfähigkeitsversicherung für Führungskräfte vorstellen – viele meiner Kunden aus dem Finanzbereich waren überrascht, wie günstig sie ist. Wollen wir sprechen?",
    "Hallo Alex, schön, dass Sie im Kreis dabei sind. Vor unserem ersten Treffen: Unsere Firma übernimmt Buchhaltung und Lohnabrechnung zu etwa der Hälfte der internen Kosten. Soll ich Ihnen ein Angebot machen?",
    "Danke für die Vernetzung! Übrigens nehmen wir gerade einige Unternehmen zu Sonderkonditionen in unser Lead-Generierungs-Pilotprogramm auf. Sind Sie dafür der richtige Ansprechpartner?",
    "Hallo Alex, ich hoffe, der Leitfaden war hilfreich. Viele fragen mich nach der Umsetzung, deshalb biete ich diesen Monat ein 1:1-Coaching-Paket für Finanzverantwortliche an. Interesse?",
    "Hallo Alex! Kurzes Update: Unser Partnerfonds schließt die Zeichnung für ein Wohnprojekt in Valencia mit 9 % Prognoserendite. Darf ich Ihnen die Broschüre schicken?",
    "Hallo Alex, ich vertrete eine Plattform für digitale Vermögenswerte, mit der Unternehmen Rendite auf Liquiditätsüberschüsse erzielen. Hätten Sie Zeit für eine kurze Präsentation?",
    "Guten Morgen Alex, als spezialisierte Personalberatung für Finanzpositionen besetzen wir jede Buchhaltungsstelle in 2 Wochen. Haben Sie aktuell Vakanzen?",
    "Hallo Alex, danke, dass Sie der Community beigetreten sind. Ich würde Ihnen gern unsere Spend-Analytics-Software zeigen, viele Mitglieder nutzen sie bereits. 15 Minuten diese Woche?",
    "Hallo Alex 👋 Ihre Antwort zur Budgetierung fand ich klasse. Wir haben genau dafür ein Planungstool gebaut – darf ich es Ihnen kurz zeigen?",
],
"hostile": [
    "Wow. Sie haben meine Einladung ignoriert. Für jemanden in Ihrer Position ist das wirklich unprofessionell.",
    "Ich habe Ihnen eine höfliche Anfrage geschickt und Sie antworten nicht einmal. Unhöflich. Viel Erfolg noch.",
    "Hallo Herr Morgan, ich sehe, Sie haben meine Anfrage abgelehnt. Was fällt Ihnen ein, mich zu beurteilen, ohne je mit mir gesprochen zu haben?",
    "Ich weiß nicht, für wen Sie sich halten, aber Leute zu ignorieren, die sich melden, ist einfach arrogant.",
    "Ernsthaft? Ich wollte mich nur vernetzen. Ihr Verlust. Typisch Controller – keine Vision, keine Manieren.",
    "Sie sollten etwas Grundhöflichkeit lernen. Ein einfaches „Nein danke“ kostet nichts.",
    "Ablehnen ohne ein Wort? So geht man nicht mit Kollegen um. Das werde ich unseren gemeinsamen Kontakten erzählen.",
    "Danke für nichts. Sie hätten wenigstens den Anstand haben können zu antworten, statt sich hinter dem Ignorieren-Knopf zu verstecken!!",
    "Ehrlich enttäuscht. Ich dachte, Finanzleute sind Profis. Da habe ich mich bei Ihnen wohl getäuscht.",
    "Genau wegen Leuten wie Ihnen ist Networking so unangenehm geworden. Arrogant und unhöflich.",
],
"endorse_back": [
    "Hallo Alex, ich habe Sie gerade für {skill} bestätigt! Würden Sie mich im Gegenzug für Vertrieb bestätigen? Das würde mir sehr helfen. Danke!",
    "Hi Alex, hab Ihre Kenntnisse in {skill} bestätigt 🙂 – wäre toll, wenn Sie sich revanchieren könnten.",
    "Hallo Alex, ich habe einige Ihrer Kenntnisse bestätigt. Wenn Sie kurz Zeit haben: eine Bestätigung für Business Development wäre super.",
    "Alex, ich habe Ihnen heute eine Empfehlung für {skill} gegeben. Könnten Sie mich für Verhandlungsführung bestätigen? Gruß",
    "Hallo Herr Morgan, Sie haben meine Bestätigung sicher gesehen. Ich baue gerade mein Profil aus – könnten Sie das Gleiche für mich tun?",
    "Hallo Alex, ich habe Sie für {skill} bestätigt – verdient! Über ein paar Bestätigungen zurück würde ich mich sehr freuen, vor allem für Marketing.",
    "Hey, hab Sie letzte Woche bestätigt, wären Sie so nett, mich auch zu bestätigen? Dauert 10 Sekunden.",
    "Hallo Alex, kleine Bitte: Ich habe Ihre Kenntnis {skill} bestätigt, könnten Sie bei meinen Top 3 auf „Bestätigen“ klicken? Ich bewerbe mich gerade.",
    "Alex, Sie haben meine Bestätigung für {skill}. Eine Hand wäscht die andere – bestätigen Sie mich für Projektmanagement?",
],
"recruiter": [
    "Hallo Herr Morgan, ich bin Personalberater bei Hallmark Search und betreue die Position Leiter Konzerncontrolling (unbefristet, 130–150 T€ plus Bonus) bei einem börsennotierten Medizintechnikunternehmen in München. Ihre Erfahrung passt sehr gut. Wären Sie offen für ein vertrauliches Gespräch?",
    "Guten Tag Alex, ich bin Talent Partnerin bei Orvana Foods. Wir suchen eine:n Finance Controller für unsere Gesellschaft in Düsseldorf, hybrid, Berichtslinie CFO. Darf ich Ihnen die Stellenbeschreibung schicken?",
    "Hallo Alex, ich habe ein Interim-Mandat (6 Monate, Start September) als Konzerncontroller für die IFRS-Umstellung einer Familienholding. Attraktiver Tagessatz. Möchten Sie mehr erfahren?",
    "Hallo Herr Morgan, Ihr Profil passt zu einer Stelle als Senior Financial Controller bei einem internationalen Logistiker in Hamburg, 95–110 T€. Gern erzähle ich mehr – natürlich unverbindlich.",
    "Hallo Alex, ich stelle direkt für mein Team ein: Finance Business Partner Supply Chain, remote möglich. Ich bin die Hiring Managerin, keine Agentur. Lust auf ein Gespräch?",
],
}
BANKS["fr"] = {
"value_invite": [
    "Bonjour Alex, j'anime le club des contrôleurs de gestion de Lyon. La prochaine séance est gratuite et donne droit à 2 heures de formation continue (CPE). Ce serait un plaisir de vous y voir.",
    "Bonjour Alex, nous nous sommes croisés à l'atelier IFRS 16 à Paris. Je partage les supports avec tous les participants, je peux vous les envoyer.",
    "Bonjour, je suis moi aussi contrôleuse de gestion et je bloque sur les éliminations intragroupe dans notre nouvel outil de consolidation. Votre post m'a beaucoup aidée – puis-je vous poser deux questions ?",
    "Alex, je fais partie du bureau des anciens de l'ESSEC. Nous organisons une soirée gratuite sur la CSRD, avec attestation de formation. Je me suis dit que ça pourrait vous intéresser.",
    "Bonjour Alex, Thomas Brandt m'a conseillé de vous contacter au sujet de la mise en place d'un rolling forecast. Je serais ravi d'échanger et de partager notre expérience aussi.",
    "Nous sommes tous les deux au comité du congrès DFCG en octobre. Je me connecte pour qu'on puisse coordonner l'atelier contrôle de gestion.",
    "Bonjour Alex, je lance un petit groupe de révision pour l'examen DSCG, quatre contrôleurs pour l'instant. Un appel par semaine, gratuit. Ça vous dit ?",
    "Bonjour, je recrute un Responsable Contrôle de Gestion (CDI, rattaché au DAF) pour notre site de Nantes. Votre parcours correspond très bien, je peux vous envoyer la fiche de poste.",
    "Bonjour Alex, merci pour votre commentaire sur les provisions, il m'a vraiment débloqué pour la clôture ! Au plaisir de rester en contact.",
    "Bonjour Alex 👋 j'anime un forum gratuit entre contrôleurs de PME industrielles. Pas de vendeurs, que des praticiens qui partagent leurs modèles. Je vous ajoute ?",
    "Alex, on a travaillé ensemble sur la migration S/4 chez Norbridge en 2019 (j'étais côté trésorerie). Content de reprendre contact !",
    "Bonjour Alex, je prépare un mémoire sur la planification par inducteurs et j'aimerais échanger 20 minutes avec un praticien. Je vous partagerai les résultats bien sûr.",
],
"value_msg": [
    "Bonjour Alex, comme promis voici le lien vers l'enregistrement du webinaire IFRS 16. La session de questions à la fin vaut le détour. Bien à vous, {sig}",
    "Alex, petite info : le club des contrôleurs est décalé au 14. Toujours gratuit, toujours 2 heures CPE. Je vous garde une place ?",
    "Merci encore pour vos conseils sur les rapprochements intragroupe ! J'ai résumé ce qui a marché chez nous en deux pages, je vous le joins au cas où.",
    "Bonjour Alex, un ami dirige la trésorerie chez Veltra et cherche quelqu'un pour échanger sur le cash pooling. Je peux vous présenter ?",
    "Bonjour Alex, j'ai un poste de contrôleur groupe ouvert dans mon équipe. Ce n'est pas de la prospection, j'ai simplement pensé à vous en premier.",
    "Alex, comment répartissez-vous les coûts informatiques communs entre plusieurs entités ? Nos commissaires aux comptes ont contesté notre clé. Votre avis m'intéresse.",
    "Ravie de vous avoir vu au congrès hier ! Voici les slides de la table ronde et l'étude de benchmark dont on a parlé. Bonne journée, {sig}",
    "bonjour alex, le groupe de révision se réunit mardi à 19h, même lien zoom. on fait les cas d'analyse des écarts",
],
"sales": [
    "Bonjour Alex, j'aide les directions financières à réduire de 40 % le temps de clôture grâce à notre plateforme de rapprochement. Seriez-vous disponible 15 minutes la semaine prochaine pour une démo ?",
    "Bonjour Alex, j'accompagne les cadres dirigeants de la finance dans la gestion de leur patrimoine. Pourrions-nous prévoir un court échange téléphonique ?",
    "Bonjour, nous sommes un partenaire d'externalisation comptable (fournisseurs, clients, paie) avec des équipes à Tunis et Porto. Puis-je vous adresser un devis ?",
    "Alex, nos clients génèrent en moyenne 3 fois plus de leads B2B qualifiés en 90 jours. Je vous propose un diagnostic gratuit de 20 minutes, ça vous tente ?",
    "Bonjour Alex, je travaille pour un cabinet de recrutement spécialisé finance. Nous plaçons des contrôleurs de gestion en intérim sous 10 jours. Avez-vous des besoins en ce moment ?",
    "Bonjour Alex, auriez-vous 10 minutes cette semaine ? J'aimerais vous présenter notre solution de notes de frais, connectée nativement à SAP.",
    "Bonjour, coach certifiée, j'accompagne les contrôleurs de gestion vers un poste de DAF. Il me reste deux places dans mon programme. On en parle ?",
    "Bonjour Alex 🙂 revoyez-vous cette année votre contrat de prévoyance ou votre RC des dirigeants ? Nous faisons en général 15 à 20 % moins cher. Comparatif gratuit sur demande.",
    "Bonjour, nous proposons un investissement en immobilier locatif à Bordeaux avec 6 % de rendement cible. Souhaitez-vous recevoir la plaquette ?",
    "Alex, j'aide les entreprises comme la vôtre à automatiser leur reporting FP&A. Qui serait la bonne personne pour parler d'un pilote ?",
    "Bonjour Alex, notre IA lit les factures et les comptabilise automatiquement. Je peux vous montrer ça en 15 minutes ?",
    "Bonjour Alex, nous aidons les trésoriers à placer leurs excédents en actifs numériques de façon sécurisée. Un rendez-vous rapide ?",
],
"pretext": [
    "Bonjour Alex, je constitue un petit cercle privé de dirigeants financiers de la région pour échanger en toute confiance. J'aimerais beaucoup vous y compter.",
    "Bonjour Alex, connectons-nous entre professionnels de la finance ! Toujours utile d'agrandir son réseau avec des personnes qui partagent les mêmes enjeux.",
    "Bonjour Alex, j'anime la communauté « Contrôleurs & DAF de France », plus de 2 000 membres. Nous serions ravis de vous accueillir, c'est gratuit, entre pairs.",
    "Alex, petite question entre financiers : comment votre équipe gère-t-elle le budget avec autant d'incertitude cette année ? Je suis curieux de voir comment font les autres.",
    "Bonjour, je développe mon réseau de contrôleurs de gestion dans l'industrie. Votre profil a retenu mon attention.",
    "Bonjour Alex, j'ai un guide gratuit sur la prévision de trésorerie que je partage avec mes contacts financiers. Dites-moi et je vous l'envoie !",
    "Bonjour Alex, seriez-vous intéressé par notre mastermind mensuel de dirigeants financiers ? Petit groupe, très informel.",
    "Bonjour, j'ai vu votre profil et je pense que nous pourrions nous entraider en tant que leaders de la finance.",
    "bonjour alex, on est tous les deux dans le groupe Contrôle de gestion & Finance, connectons-nous !",
    "Bonjour Alex, je vous invite à notre table ronde réservée aux directeurs financiers. De belles discussions et de belles rencontres.",
    "Bonjour Alex, je mène une petite étude sur la façon dont les contrôleurs gèrent l'inflation. Pourrais-je avoir votre avis un de ces jours ?",
],
"pitch": [
    "Ravi d'être connecté, Alex ! Vu votre poste, ceci devrait vous parler : je conseille les cadres en gestion de patrimoine et optimisation fiscale. Pouvons-nous caler 20 minutes la semaine prochaine ?",
    "Bonjour Alex, merci d'avoir accepté ! Comme je le disais, je suis chez Finlytics : nous automatisons la clôture pour les contrôleurs. Mardi ou jeudi pour une démo rapide ?",
    "Bonjour Alex, j'espère que la clôture trimestrielle s'est bien passée. Je voulais vous parler de notre contrat de prévoyance pour dirigeants – beaucoup de financiers sont surpris par le tarif. On en discute ?",
    "Bonjour Alex, content de vous compter dans le cercle. Avant notre première rencontre, sachez que notre cabinet prend en charge la comptabilité et la paie pour environ la moitié du coût interne. Je vous envoie une proposition ?",
    "Merci pour la connexion ! Au passage, nous ouvrons quelques places à tarif préférentiel pour notre programme pilote de génération de leads. Êtes-vous la bonne personne ?",
    "Bonjour Alex, j'espère que le guide vous a servi. Beaucoup me demandent comment l'appliquer, alors je propose ce mois-ci un accompagnement individuel pour les financiers. Intéressé ?",
    "Bonjour Alex ! Notre fonds partenaire clôture sa levée pour un programme résidentiel à Valence avec 9 % de rendement prévisionnel. Je vous envoie la brochure ?",
    "Bonjour Alex, je représente une plateforme d'actifs numériques qui permet aux trésoreries d'entreprise de rémunérer leur cash. Avez-vous un moment pour une présentation ?",
    "Bonjour Alex, merci d'avoir rejoint la communauté. J'aimerais vous montrer notre logiciel d'analyse des achats, déjà utilisé par beaucoup de membres. 15 minutes cette semaine ?",
    "Bonjour Alex 👋 j'ai adoré votre réponse sur le budget. Nous avons justement conçu un outil de planification pour ce problème – une petite démo ?",
],
"hostile": [
    "Eh bien. Vous avez ignoré mon invitation. Pour quelqu'un à votre poste, c'est vraiment peu professionnel.",
    "Je vous ai envoyé une demande polie et vous ne prenez même pas la peine de répondre. Impoli. Bonne continuation.",
    "Bonjour Alex, je vois que vous avez refusé mon invitation. Comment osez-vous me juger sans même m'avoir parlé ?",
    "Je ne sais pas pour qui vous vous prenez, mais ignorer les gens qui vous contactent, c'est de l'arrogance.",
    "Sérieusement ? Je voulais juste me connecter. Tant pis pour vous. Typique des contrôleurs, aucune vision et aucune politesse.",
    "Vous devriez apprendre la courtoisie de base. Un simple « non merci » ne coûte rien.",
    "Refuser un confrère sans un mot ? C'est honteux. J'en parlerai à nos contacts communs.",
    "Merci pour rien. Vous auriez au moins pu avoir la décence de répondre au lieu de cliquer sur ignorer !!",
    "Franchement déçu. Je pensais que les financiers étaient des professionnels. Je me suis trompé à votre sujet.",
    "C'est à cause de gens comme vous que le networking devient toxique. Arrogant et malpoli.",
],
"endorse_back": [
    "Bonjour Alex, je viens de recommander vos compétences en {skill} ! Pourriez-vous me recommander en développement commercial en retour ? Merci !",
    "Salut Alex, je t'ai recommandé pour {skill} 🙂 – ce serait sympa de me renvoyer l'ascenseur.",
    "Bonjour Alex, j'ai validé plusieurs de vos compétences. Si vous avez une seconde, une recommandation en Négociation me ferait très plaisir.",
    "Alex, je vous ai recommandé aujourd'hui pour {skill}. Pourriez-vous faire de même pour moi (Gestion de projet) ? Bonne journée",
    "Bonjour Alex, vous avez sans doute vu ma recommandation. J'étoffe mon profil en ce moment, pourriez-vous faire pareil pour moi ?",
    "Bonjour, je vous ai recommandé la semaine dernière, auriez-vous la gentillesse de me recommander aussi ? Ça prend 10 secondes.",
    "Bonjour Alex, petit service : j'ai validé votre compétence {skill}, pourriez-vous valider mes trois premières ? Je postule ailleurs en ce moment.",
    "Alex, je vous ai recommandé pour {skill} – bien mérité ! J'apprécierais beaucoup quelques recommandations en retour, surtout en Marketing.",
],
"recruiter": [
    "Bonjour Alex, je suis consultant chez Hallmark Search et je recrute un Directeur du Contrôle de Gestion Groupe (CDI, 120–140 k€ + variable) pour un groupe coté du secteur médical à Lyon. Votre expérience en consolidation correspond parfaitement. Seriez-vous ouvert à un échange confidentiel ?",
    "Bonjour Alex, je suis chargée de recrutement chez Orvana Foods. Nous recherchons un Contrôleur Financier pour notre filiale de Lille, hybride, rattaché au DAF. Je peux vous envoyer la fiche de poste ?",
    "Bonjour Alex, j'ai une mission de management de transition (6 mois, démarrage en septembre) pour piloter la conversion IFRS d'un groupe familial. TJM attractif. Intéressé ?",
    "Bonjour Alex, votre profil correspond à un poste de Contrôleur Financier Senior chez un logisticien international à Marseille, 85–95 k€. Je vous en dis plus sans engagement.",
    "Bonjour Alex, je recrute directement pour mon équipe : Business Partner Finance Supply Chain, télétravail possible. Je suis le manager, pas un cabinet. On en parle ?",
],
}

BANKS["es"] = {
"value_invite": [
    "Hola Alex, coordino la mesa redonda de controllers de Madrid. La próxima sesión es gratuita y cuenta como 2 horas de formación continua (CPE). Nos encantaría contar contigo.",
    "Hola Alex, coincidimos en el taller de NIIF 16 en Barcelona. Estoy compartiendo los materiales con todos los asistentes, te los puedo enviar.",
    "Hola, yo también soy controller y estoy atascada con las eliminaciones intercompañía en nuestra nueva herramienta de consolidación. Tu publicación me ayudó mucho, ¿te puedo hacer un par de preguntas?",
    "Alex, soy de la asociación de antiguos alumnos del IE. Organizamos una sesión gratuita sobre información de sostenibilidad (CSRD) con certificado de horas. Pensé que te podría interesar.",
    "Hola Alex, Tomás Bravo me sugirió contactarte sobre cómo montar un rolling forecast. Encantado de compartir también lo que hicimos nosotros.",
    "Estamos los dos en el comité del congreso de controllers de octubre. Conecto contigo para coordinar la sesión de control de gestión.",
    "Hola Alex, estoy montando un grupo de estudio para el examen CMA, de momento somos cuatro controllers. Una llamada semanal, sin coste. ¿Te apuntas?",
    "Hola, estoy buscando Responsable de Control de Gestión (indefinido, reporta al CFO) para nuestra planta de Valencia. Tu perfil encaja muy bien, te puedo mandar la descripción del puesto.",
    "Hola Alex, gracias por tu comentario sobre las provisiones, ¡me salvó el cierre del mes! Me encantaría seguir en contacto.",
    "Hola Alex 👋 modero un foro gratuito de controllers de empresas industriales. Sin proveedores, solo profesionales compartiendo plantillas. ¿Te invito?",
    "Alex, trabajamos juntos en la migración a S/4 en Norbridge en 2019 (yo estaba en tesorería). ¡Qué bueno volver a conectar!",
    "Hola Alex, estoy haciendo mi TFM sobre planificación por drivers y me gustaría hablar 20 minutos con alguien que lo aplique. Te compartiré los resultados, claro.",
],
"value_msg": [
    "Hola Alex, como te prometí aquí tienes el enlace a la grabación del webinar de NIIF 16. Lo mejor es el turno de preguntas del final. Un saludo, {sig}",
    "Alex, aviso rápido: la mesa redonda se ha movido al día 14. Sigue siendo gratis y son 2 horas CPE. ¿Te reservo sitio?",
    "¡Gracias otra vez por los consejos sobre conciliaciones intercompañía! He resumido lo que nos funcionó en dos páginas, te lo paso por si le sirve a tu equipo.",
    "Hola Alex, un amigo dirige tesorería en Veltra y busca a alguien con quien comparar notas sobre cash pooling. ¿Te parece bien que os presente?",
    "Hola Alex, tengo abierta una posición de Controller de Grupo en mi equipo. No es venta, simplemente pensé en ti primero.",
    "Alex, ¿cómo repartís los costes de IT compartidos entre varias sociedades? El auditor nos ha puesto pegas a nuestra clave. Me interesa tu opinión.",
    "¡Me alegró verte ayer en el congreso! Te paso las diapositivas de la mesa y el estudio de benchmark del que hablamos. Abrazo, {sig}",
    "hola alex, el grupo de estudio se reúne el martes a las 19h, mismo enlace de zoom. esta semana casos de análisis de desviaciones",
],
"sales": [
    "Hola Alex, ayudo a departamentos financieros a reducir un 40 % el tiempo de cierre con nuestra plataforma de conciliación. ¿Tendrías 15 minutos la semana que viene para una demo?",
    "Hola Alex, asesoro a directivos del área financiera en la planificación de su patrimonio personal. ¿Podemos agendar una llamada breve?",
    "Hola, somos un partner de outsourcing contable (proveedores, clientes, nóminas) con equipos en Lisboa y Bogotá. ¿Te puedo enviar un presupuesto?",
    "Alex, nuestros clientes consiguen de media el triple de leads B2B cualificados en 90 días. ¿Te apetece una sesión estratégica gratuita de 20 minutos?",
    "Hola Alex, soy de una consultora de selección especializada en finanzas. Cubrimos puestos de controller interino en 10 días. ¿Tenéis alguna vacante?",
    "Hola Alex, ¿tienes 10 minutos esta semana? Me gustaría presentarte nuestra app de gestión de gastos, integrada con SAP.",
    "Hola, como coach ejecutiva certificada acompaño a responsables financieros hacia el puesto de CFO. Me quedan dos plazas en mi programa. ¿Hablamos?",
    "Hola Alex 🙂 ¿estáis revisando este año el seguro de salud colectivo o el de D&O? Normalmente mejoramos la prima actual un 15–20 %. Te hago una comparativa gratis.",
    "Hola, ofrecemos inversión en vivienda de alquiler en Málaga con una rentabilidad objetivo del 8 %. ¿Quieres que te mande el dossier?",
    "Alex, ayudo a empresas como la tuya a automatizar el reporting de FP&A. ¿Quién sería la persona adecuada para hablar de un piloto?",
    "Hola Alex, hemos creado una IA que lee facturas y las contabiliza sola. ¿Me das 15 minutos para enseñártela?",
    "Hola Alex, ayudamos a tesorerías corporativas a rentabilizar su liquidez con criptoactivos de forma segura. ¿Una llamada rápida?",
],
"pretext": [
    "Hola Alex, estoy formando un pequeño círculo privado de líderes financieros de la zona para compartir lo que funciona y lo que no. Me encantaría que formaras parte.",
    "Hola Alex, ¡conectemos como profesionales de las finanzas! Siempre es bueno ampliar la red con gente afín.",
    "Hola Alex, soy el organizador de la comunidad «CFOs y Controllers de España», más de 2.000 miembros. Nos encantaría que te unieras, es gratis, entre colegas.",
    "Alex, una pregunta entre financieros: ¿cómo está gestionando tu equipo el presupuesto con tanta incertidumbre este año? Tengo curiosidad por saber cómo lo hacen otros.",
    "Hola, estoy ampliando mi red de controllers del sector industrial. Tu perfil me llamó la atención.",
    "Hola Alex, tengo una guía gratuita de previsión de tesorería que comparto con mis contactos financieros. ¡Dime y te la envío!",
    "Hola Alex, ¿te gustaría unirte a nuestro mastermind mensual de directivos financieros? Grupo pequeño, muy informal.",
    "Hola, vi tu perfil y creo que podríamos apoyarnos mutuamente como líderes en finanzas.",
    "hola alex, estamos los dos en el grupo Control de Gestión y Finanzas. ¡conectemos!",
    "Hola Alex, quiero invitarte a nuestra mesa redonda exclusiva para directores financieros. Muy buen ambiente y buenas conversaciones.",
    "Hola Alex, estoy haciendo un pequeño estudio sobre cómo los controllers gestionan la inflación. ¿Podría pedirte tu opinión algún día?",
],
"pitch": [
    "¡Encantado de conectar, Alex! Por tu puesto esto te interesará: asesoro a directivos en gestión patrimonial con eficiencia fiscal. ¿Nos vemos 20 minutos la semana que viene?",
    "Hola Alex, ¡gracias por aceptar! Como te comentaba estoy en Finlytics: automatizamos el cierre para controllers. ¿Te viene bien martes o jueves para una demo rápida?",
    "Hola Alex, espero que el cierre trimestral fuera bien. Quería contarte nuestro seguro de protección de ingresos para directivos, muchos clientes de finanzas se sorprenden de lo asequible que es. ¿Hablamos?",
    "Hola Alex, me alegra tenerte en el círculo. Antes de nuestro primer encuentro: nuestra firma lleva contabilidad y nóminas por la mitad del coste interno. ¿Te envío una propuesta?",
    "¡Gracias por conectar! Por cierto, estamos abriendo unas pocas plazas con descuento en nuestro piloto de generación de leads B2B. ¿Eres la persona adecuada?",
    "Hola Alex, espero que la guía te sirviera. Muchos me preguntan cómo aplicarla, así que este mes ofrezco un paquete de coaching 1:1 para financieros. ¿Te cuento?",
    "¡Hola Alex! Nuestro fondo asociado cierra la ronda de un proyecto residencial en Valencia con un 9 % de rentabilidad prevista. ¿Te mando el folleto?",
    "Hola Alex, represento una plataforma de activos digitales que permite a las tesorerías obtener rendimiento de su liquidez. ¿Tienes un momento para una presentación?",
    "Hola Alex, gracias por unirte a la comunidad. Me gustaría enseñarte nuestro software de análisis de compras, muchos miembros ya lo usan. ¿15 minutos esta semana?",
    "Hola Alex 👋 me encantó tu respuesta sobre presupuestos. Justo hemos creado una herramienta de planificación para eso, ¿te hago una demo corta?",
],
"hostile": [
    "Vaya. Has ignorado mi invitación. Para alguien en tu puesto es muy poco profesional.",
    "Te envié una solicitud educada y ni siquiera te molestas en contestar. Maleducado. Suerte con tu carrera.",
    "Hola Alex, veo que has rechazado mi invitación. ¿Cómo te atreves a juzgarme sin haber hablado conmigo?",
    "No sé quién te crees que eres, pero ignorar a la gente que te escribe es pura arrogancia.",
    "¿En serio? Solo quería conectar. Tú te lo pierdes. Típico controller, sin visión y sin modales.",
    "Deberías aprender algo de cortesía básica. Un simple «no, gracias» no cuesta nada.",
    "¿Rechazar a un colega sin decir nada? Es vergonzoso. Se lo comentaré a nuestros contactos en común.",
    "Gracias por nada. Al menos podrías haber tenido la decencia de responder en vez de darle a ignorar!!",
    "Sinceramente decepcionado. Pensaba que la gente de finanzas era profesional. Me equivoqué contigo.",
    "Por gente como tú el networking se ha vuelto tóxico. Arrogante y grosero.",
],
"endorse_back": [
    "Hola Alex, ¡acabo de validar tus aptitudes en {skill}! ¿Te importaría validarme a mí en Desarrollo de negocio? Me ayudaría mucho. ¡Gracias!",
    "Hola Alex, te validé en {skill} 🙂 ¿me devuelves el favor?",
    "Hola Alex, he validado varias de tus aptitudes. Si tienes un segundo, una validación en Negociación me vendría genial.",
    "Alex, hoy te he validado en {skill}. ¿Podrías validarme en Gestión de proyectos? Un saludo",
    "Hola Alex, seguro que viste mi validación. Estoy mejorando mi perfil, ¿podrías hacer lo mismo por mí?",
    "Hola, te validé la semana pasada, ¿serías tan amable de validarme también? Son 10 segundos.",
    "Hola Alex, un pequeño favor: validé tu aptitud {skill}, ¿podrías validar mis tres principales? Estoy buscando trabajo.",
    "Alex, te he validado en {skill}, ¡te lo mereces! Te agradecería mucho unas validaciones de vuelta, sobre todo en Marketing.",
],
"recruiter": [
    "Hola Alex, soy consultor en Hallmark Search y estoy buscando Director de Control de Gestión (indefinido, 90–110 k€ + variable) para un grupo cotizado del sector salud en Madrid. Tu experiencia en consolidación encaja muy bien. ¿Estarías abierto a una conversación confidencial?",
    "Hola Alex, soy talent partner en Orvana Foods. Buscamos Financial Controller para nuestra filial de Barcelona, modelo híbrido, reportando al CFO. ¿Te envío la descripción del puesto?",
    "Hola Alex, tengo un proyecto interim (6 meses, empieza en septiembre) para liderar la conversión a NIIF de un grupo familiar. Buena tarifa diaria. ¿Te interesa?",
    "Hola Alex, tu perfil encaja con una posición de Senior Financial Controller en una empresa logística internacional en Zaragoza, 70–80 k€. Te cuento más sin compromiso.",
    "Hola Alex, contrato directamente para mi equipo: Finance Business Partner de Supply Chain, remoto posible. Soy la responsable de contratación, no una agencia. ¿Hablamos?",
],
}

BANKS["it"] = {
"value_invite": [
    "Ciao Alex, coordino il tavolo dei controller di Milano. Il prossimo incontro è gratuito e vale 2 crediti formativi (CPE). Sarebbe bello averti con noi.",
    "Buongiorno Alex, ci siamo visti al workshop IFRS 16 a Bologna. Sto condividendo il materiale con tutti i partecipanti, te lo mando volentieri.",
    "Ciao, anch'io sono controller e mi sono bloccata sulle elisioni infragruppo nel nuovo strumento di consolidamento. Il tuo post mi ha aiutata tanto, posso farti un paio di domande?",
    "Alex, faccio parte dell'associazione alumni della Bocconi. Organizziamo una serata gratuita sulla rendicontazione di sostenibilità (CSRD) con attestato di formazione. Ho pensato a te.",
    "Ciao Alex, Tommaso Bruni mi ha suggerito di contattarti per un consiglio sul rolling forecast. Sarò felice di condividere anche la nostra esperienza.",
    "Siamo entrambi nel comitato del convegno dei controller di ottobre. Mi collego così coordiniamo la sessione sul controllo di gestione.",
    "Ciao Alex, sto avviando un piccolo gruppo di studio per l'esame CMA, per ora siamo in quattro controller. Una call a settimana, gratis. Ti unisci?",
    "Buongiorno, sto cercando un Responsabile Controllo di Gestione (tempo indeterminato, riporto al CFO) per il nostro stabilimento di Brescia. Il tuo profilo è molto in linea, ti invio la job description.",
    "Ciao Alex, grazie per il tuo commento sugli accantonamenti, mi ha salvato la chiusura del mese! Mi farebbe piacere restare in contatto.",
    "Ciao Alex 👋 modero un forum gratuito tra controller di PMI manifatturiere. Niente fornitori, solo professionisti che si scambiano modelli. Ti aggiungo?",
    "Alex, abbiamo lavorato insieme alla migrazione S/4 in Norbridge nel 2019 (io ero in tesoreria). Che piacere ritrovarti!",
    "Ciao Alex, sto scrivendo la tesi del master sulla pianificazione per driver e vorrei parlare 20 minuti con qualcuno che la applica. Ti girerò i risultati, ovviamente.",
],
"value_msg": [
    "Ciao Alex, come promesso ecco il link alla registrazione del webinar IFRS 16. La parte migliore sono le domande alla fine. A presto, {sig}",
    "Alex, piccolo aggiornamento: il tavolo dei controller è spostato al 14. Sempre gratuito, sempre 2 crediti CPE. Ti tengo un posto?",
    "Grazie ancora per i consigli sulle riconciliazioni infragruppo! Ho riassunto in due pagine cosa ha funzionato da noi, te lo allego nel caso serva al tuo team.",
    "Ciao Alex, un mio amico guida la tesoreria di Veltra e cerca qualcuno con cui confrontarsi sul cash pooling. Ti va se vi presento?",
    "Ciao Alex, ho una posizione aperta da Group Controller nel mio team. Non è una vendita, ho solo pensato subito a te.",
    "Alex, come ripartite i costi IT condivisi tra più società? Il revisore ha contestato il nostro driver. Mi interessa il tuo parere.",
    "Bello averti visto ieri al convegno! Ecco le slide della tavola rotonda e lo studio di benchmark di cui parlavamo. Ciao, {sig}",
    "ciao alex, il gruppo di studio si vede martedì alle 19, stesso link zoom. questa settimana analisi degli scostamenti",
],
"sales": [
    "Ciao Alex, aiuto i reparti finanza a ridurre del 40 % i tempi di chiusura con la nostra piattaforma di riconciliazione. Avresti 15 minuti la prossima settimana per una demo?",
    "Buongiorno Alex, affianco i dirigenti dell'area finanza nella pianificazione patrimoniale personale. Possiamo fissare una breve telefonata?",
    "Buongiorno, siamo un partner di outsourcing contabile (fornitori, clienti, paghe) con team a Tirana e Porto. Posso inviarti un preventivo?",
    "Alex, i nostri clienti ottengono in media il triplo di lead B2B qualificati in 90 giorni. Ti va una sessione strategica gratuita di 20 minuti?",
    "Ciao Alex, lavoro per una società di ricerca e selezione specializzata in finanza. Inseriamo controller ad interim in 10 giorni. Avete posizioni aperte?",
    "Ciao Alex, hai 10 minuti questa settimana? Vorrei presentarti la nostra app per le note spese, integrata con SAP.",
    "Buongiorno, sono una coach certificata e accompagno i responsabili finanziari verso il ruolo di CFO. Mi restano due posti nel programma. Ne parliamo?",
    "Ciao Alex 🙂 state rivedendo quest'anno la polizza sanitaria collettiva o la D&O? Di solito battiamo il premio attuale del 15–20 %. Ti preparo un confronto gratuito.",
    "Buongiorno, proponiamo investimenti in immobili residenziali a Milano con rendimento obiettivo del 7 %. Vuoi ricevere la brochure?",
    "Alex, aiuto aziende come la tua ad automatizzare il reporting FP&A. Chi sarebbe la persona giusta per parlare di un progetto pilota?",
    "Ciao Alex, abbiamo creato un'intelligenza artificiale che legge le fatture e le registra da sola. Mi concedi 15 minuti per fartela vedere?",
    "Ciao Alex, aiutiamo le tesorerie aziendali a far rendere la liquidità con cripto-asset in modo sicuro. Una call veloce?",
],
"pretext": [
    "Ciao Alex, sto creando un piccolo circolo riservato di leader della finanza della zona per confrontarci apertamente. Mi piacerebbe molto averti con noi.",
    "Buongiorno Alex, colleghiamoci tra professionisti della finanza! È sempre utile allargare la rete con persone affini.",
    "Ciao Alex, sono l'organizzatore della community «CFO & Controller Italia», oltre 2.000 membri. Saremmo felici di accoglierti, è gratuita, tra colleghi.",
    "Alex, una domanda tra addetti ai lavori: come sta gestendo il budget il tuo team con tutta questa incertezza? Sono curioso di sapere come fanno gli altri.",
    "Buongiorno, sto ampliando la mia rete di controller del settore industriale. Il tuo profilo mi ha colpito.",
    "Ciao Alex, ho una guida gratuita sulla previsione di cassa che condivido con i miei contatti in finanza. Dimmi e te la mando!",
    "Ciao Alex, ti andrebbe di unirti al nostro mastermind mensile per dirigenti finanziari? Gruppo piccolo, molto informale.",
    "Buongiorno, ho visto il tuo profilo e penso che potremmo supportarci a vicenda come leader della finanza.",
    "ciao alex, siamo entrambi nel gruppo Controllo di Gestione & Finanza. colleghiamoci!",
    "Ciao Alex, vorrei invitarti alla nostra tavola rotonda riservata ai direttori finanziari. Belle conversazioni e belle persone.",
    "Ciao Alex, sto facendo una piccola ricerca su come i controller gestiscono l'inflazione. Posso chiederti un parere prima o poi?",
],
"pitch": [
    "Piacere di essere collegati, Alex! Visto il tuo ruolo ti interesserà: seguo dirigenti nella gestione patrimoniale con attenzione al fisco. Troviamo 20 minuti la prossima settimana?",
    "Ciao Alex, grazie per aver accettato! Come dicevo lavoro in Finlytics: automatizziamo la chiusura per i controller. Martedì o giovedì per una demo veloce?",
    "Ciao Alex, spero che la chiusura trimestrale sia andata bene. Volevo parlarti della nostra polizza di protezione del reddito per dirigenti, molti clienti in finanza restano sorpresi dal costo. Ne parliamo?",
    "Ciao Alex, felice di averti nel circolo. Prima del primo incontro: il nostro studio gestisce contabilità e paghe a circa metà del costo interno. Ti mando una proposta?",
    "Grazie per il collegamento! A proposito, stiamo aprendo pochi posti scontati nel nostro pilota di lead generation B2B. Sei la persona giusta?",
    "Ciao Alex, spero che la guida ti sia stata utile. Molti mi chiedono come applicarla, quindi questo mese offro un pacchetto di coaching 1:1 per chi lavora in finanza. Ti interessa?",
    "Ciao Alex! Il nostro fondo partner chiude la raccolta per un progetto residenziale a Valencia con rendimento previsto del 9 %. Ti mando la brochure?",
    "Ciao Alex, rappresento una piattaforma di asset digitali che permette alle tesorerie di far rendere la liquidità. Hai un momento per una presentazione?",
    "Ciao Alex, grazie per esserti unito alla community. Vorrei mostrarti il nostro software di analisi degli acquisti, molti membri lo usano già. 15 minuti questa settimana?",
    "Ciao Alex 👋 mi è piaciuta la tua risposta sul budget. Abbiamo creato proprio uno strumento di pianificazione per questo, ti faccio vedere una breve demo?",
],
"hostile": [
    "Complimenti. Hai ignorato il mio invito. Per una persona nel tuo ruolo è davvero poco professionale.",
    "Ti ho mandato una richiesta educata e non ti degni nemmeno di rispondere. Maleducato. Buona fortuna.",
    "Ciao Alex, vedo che hai rifiutato il mio invito. Come ti permetti di giudicarmi senza avermi mai parlato?",
    "Non so chi ti credi di essere, ma ignorare chi ti scrive è pura arroganza.",
    "Sul serio? Volevo solo collegarmi. Peggio per te. Tipico controller, niente visione e niente educazione.",
    "Dovresti imparare un minimo di cortesia. Un semplice «no grazie» non costa nulla.",
    "Rifiutare un collega senza una parola? Vergognoso. Lo racconterò ai nostri contatti in comune.",
    "Grazie per niente. Potevi almeno avere la decenza di rispondere invece di premere ignora!!",
    "Sinceramente deluso. Pensavo che chi lavora in finanza fosse professionale. Mi sbagliavo su di te.",
    "È per gente come te che il networking è diventato tossico. Arrogante e maleducato.",
],
"endorse_back": [
    "Ciao Alex, ho appena confermato le tue competenze in {skill}! Ti dispiacerebbe confermarmi per Sviluppo commerciale? Mi aiuterebbe molto. Grazie!",
    "Ciao Alex, ti ho confermato per {skill} 🙂 mi ricambi il favore?",
    "Ciao Alex, ho confermato diverse tue competenze. Se hai un secondo, una conferma su Negoziazione mi farebbe piacere.",
    "Alex, oggi ti ho confermato per {skill}. Potresti confermarmi per Project management? Un saluto",
    "Ciao Alex, avrai visto la mia conferma. Sto migliorando il profilo, potresti fare lo stesso per me?",
    "Ciao, ti ho confermato la settimana scorsa, saresti così gentile da confermarmi anche tu? Sono 10 secondi.",
    "Ciao Alex, un piccolo favore: ho confermato la tua competenza {skill}, potresti confermare le mie prime tre? Sto cercando lavoro.",
    "Alex, ti ho confermato per {skill}, meritato! Apprezzerei molto qualche conferma in cambio, soprattutto su Marketing.",
],
"recruiter": [
    "Buongiorno Alex, sono consulente in Hallmark Search e cerco un Direttore Controllo di Gestione di Gruppo (tempo indeterminato, 110–130 k€ + bonus) per un gruppo quotato del settore medicale a Milano. La tua esperienza nel consolidato è molto in linea. Saresti disponibile per un colloquio riservato?",
    "Ciao Alex, sono talent partner in Orvana Foods. Cerchiamo un Financial Controller per la nostra filiale di Verona, ibrido, riporto al CFO. Ti mando la job description?",
    "Ciao Alex, ho un incarico da temporary manager (6 mesi, inizio a settembre) per guidare la conversione IFRS di un gruppo familiare. Tariffa giornaliera interessante. Ti interessa?",
    "Buongiorno Alex, il tuo profilo è in linea con una posizione di Senior Financial Controller in una multinazionale della logistica a Genova, 70–80 k€. Ti racconto di più senza impegno.",
    "Ciao Alex, assumo direttamente nel mio team: Finance Business Partner Supply Chain, possibile da remoto. Sono la hiring manager, non un'agenzia. Ne parliamo?",
],
}
# ------------------------------------------------ LinkedIn's own wording per language
# (follows the recipient's language setting, not the sender's)
L = {
"en": dict(
    hi="Hi {first},", inv_subject_2016=["{first}, please add me to your LinkedIn network", "Invitation to connect on LinkedIn"],
    inv_subject_cur=["I want to connect", "{name} wants to connect", "{first}, {name} wants to connect with you"],
    wants="{name} wants to connect", accept="Accept", view="View profile", ignore="Ignore",
    mutual="{n} mutual connections", defaults=["I'd like to join your LinkedIn network.", "I'd like to add you to my professional network on LinkedIn."],
    reminder_subject=["{name} is waiting for your response", "Reminder about your invitation from {name}"],
    reminder_line="{name} is still waiting for your response to their invitation.",
    acc_subject_2016="{first}, start a conversation with your new connection, {afirst}",
    acc_body_2016="{name} has accepted your invitation. Let's start a conversation.",
    acc_subject_cur="{afirst} accepted your invitation, explore their network",
    acc_preview="See who else you know in common.", acc_body_cur="{name} accepted your invitation",
    msg_subject=["{name} sent you a new message", "New message from {name}", "{name} just messaged you"],
    msg_line="{name} sent you a message", reply="Reply", view_msg="View message",
    endorse_subject=["{name} endorsed you for {skill}!", "{first}, {name} endorsed you for a new skill"],
    endorse_line="{name} endorsed you for {skill}",
    intended="This email was intended for {rname} ({rheadline}).", learn="Learn why we included this:",
    recv_inv="You are receiving Invitation emails.", recv="You are receiving LinkedIn notification emails.",
    recv_msg="You are receiving Messages from connections emails.",
    unsub="Unsubscribe", help="Help", tm="LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.",
    rheadline="Finance Controller at Example Industries",
    skills=["Financial Reporting", "IFRS", "Budgeting", "Controlling", "SAP FI/CO", "Cost Accounting"],
),
"de": dict(
    hi="Hallo {first},", inv_subject_2016=["{first}, bitte fügen Sie mich zu Ihrem LinkedIn Netzwerk hinzu", "Einladung zum Vernetzen auf LinkedIn"],
    inv_subject_cur=["Ich möchte mich mit Ihnen vernetzen", "{name} möchte sich mit Ihnen vernetzen"],
    wants="{name} möchte sich mit Ihnen vernetzen", accept="Annehmen", view="Profil anzeigen", ignore="Ignorieren",
    mutual="{n} gemeinsame Kontakte", defaults=["ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "Ich würde mich gerne Ihrem LinkedIn-Netzwerk anschließen."],
    reminder_subject=["{name} wartet auf Ihre Antwort", "Erinnerung an Ihre Einladung von {name}"],
    reminder_line="{name} wartet noch auf Ihre Antwort auf die Einladung.",
    acc_subject_2016="{first}, beginnen Sie eine Unterhaltung mit Ihrem neuen Kontakt {afirst}",
    acc_body_2016="{name} hat Ihre Einladung angenommen. Beginnen Sie eine Unterhaltung.",
    acc_subject_cur="{afirst} hat Ihre Einladung angenommen – entdecken Sie das Netzwerk",
    acc_preview="Sehen Sie, wen Sie sonst noch gemeinsam kennen.", acc_body_cur="{name} hat Ihre Einladung angenommen",
    msg_subject=["{name} hat Ihnen eine Nachricht gesendet", "Neue Nachricht von {name}", "{name} hat Ihnen gerade eine Nachricht gesendet"],
    msg_line="{name} hat Ihnen eine Nachricht gesendet", reply="Antworten", view_msg="Nachricht anzeigen",
    endorse_subject=["{name} hat Ihre Kenntnisse in {skill} bestätigt", "{first}, {name} hat eine Ihrer Kenntnisse bestätigt"],
    endorse_line="{name} hat Ihre Kenntnisse in {skill} bestätigt",
    intended="Diese E-Mail ist für {rname} ({rheadline}) bestimmt.", learn="Hier erfahren Sie, warum wir dies eingefügt haben:",
    recv_inv="Sie erhalten Benachrichtigungen zu Einladungen.", recv="Sie erhalten E-Mail-Benachrichtigungen von LinkedIn.",
    recv_msg="Sie erhalten E-Mails zu Nachrichten von Kontakten.",
    unsub="Abbestellen", help="Hilfe", tm="LinkedIn und das LinkedIn Logo sind eingetragene Marken von LinkedIn.",
    rheadline="Finance Controller bei Example Industries",
    skills=["Controlling", "Finanzberichterstattung", "Budgetierung", "IFRS", "SAP FI/CO", "Kostenrechnung"],
),
"fr": dict(
    hi="Bonjour {first},", inv_subject_2016=["{first}, ajoutez-moi à votre réseau LinkedIn", "Invitation à rejoindre votre réseau LinkedIn"],
    inv_subject_cur=["Je souhaite rejoindre votre réseau", "{name} souhaite se connecter avec vous"],
    wants="{name} souhaite se connecter avec vous", accept="Accepter", view="Voir le profil", ignore="Ignorer",
    mutual="{n} relations en commun", defaults=["Je souhaiterais faire partie de votre réseau LinkedIn.", "J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn."],
    reminder_subject=["{name} attend votre réponse", "Rappel concernant votre invitation de {name}"],
    reminder_line="{name} attend toujours votre réponse à son invitation.",
    acc_subject_2016="{first}, entamez une conversation avec votre nouvelle relation, {afirst}",
    acc_body_2016="{name} a accepté votre invitation. Entamez une conversation.",
    acc_subject_cur="{afirst} a accepté votre invitation, explorez son réseau",
    acc_preview="Découvrez les autres personnes que vous connaissez en commun.", acc_body_cur="{name} a accepté votre invitation",
    msg_subject=["{name} vous a envoyé un message", "Nouveau message de {name}", "{name} vient de vous envoyer un message"],
    msg_line="{name} vous a envoyé un message", reply="Répondre", view_msg="Voir le message",
    endorse_subject=["{name} a recommandé vos compétences en {skill}", "{first}, {name} a validé une de vos compétences"],
    endorse_line="{name} a recommandé vos compétences en {skill}",
    intended="Cet e-mail est destiné à {rname} ({rheadline}).", learn="Découvrez pourquoi nous avons inclus ceci :",
    recv_inv="Vous recevez des e-mails d'invitation.", recv="Vous recevez des e-mails de notification LinkedIn.",
    recv_msg="Vous recevez des e-mails de messages de vos relations.",
    unsub="Se désabonner", help="Aide", tm="LinkedIn et le logo LinkedIn sont des marques déposées de LinkedIn.",
    rheadline="Contrôleur financier chez Example Industries",
    skills=["Contrôle de gestion", "Reporting financier", "Budget", "IFRS", "Comptabilité analytique"],
),
"es": dict(
    hi="Hola, {first}:", inv_subject_2016=["{first}, me gustaría añadirte a mi red de LinkedIn", "Invitación para conectar en LinkedIn"],
    inv_subject_cur=["Quiero conectar", "{name} quiere conectar contigo"],
    wants="{name} quiere conectar contigo", accept="Aceptar", view="Ver perfil", ignore="Ignorar",
    mutual="{n} contactos en común", defaults=["Me gustaría añadirte a mi red profesional en LinkedIn.", "Me gustaría formar parte de tu red de LinkedIn."],
    reminder_subject=["{name} está esperando tu respuesta", "Recordatorio sobre tu invitación de {name}"],
    reminder_line="{name} sigue esperando tu respuesta a su invitación.",
    acc_subject_2016="{first}, inicia una conversación con tu nuevo contacto, {afirst}",
    acc_body_2016="{name} ha aceptado tu invitación. Inicia una conversación.",
    acc_subject_cur="{afirst} ha aceptado tu invitación, explora su red",
    acc_preview="Descubre a quién más conocéis en común.", acc_body_cur="{name} ha aceptado tu invitación",
    msg_subject=["{name} te ha enviado un mensaje", "Nuevo mensaje de {name}", "{name} acaba de enviarte un mensaje"],
    msg_line="{name} te ha enviado un mensaje", reply="Responder", view_msg="Ver mensaje",
    endorse_subject=["{name} ha validado tus aptitudes en {skill}", "{first}, {name} te ha validado una aptitud"],
    endorse_line="{name} ha validado tus aptitudes en {skill}",
    intended="Este email está dirigido a {rname} ({rheadline}).", learn="Descubre por qué lo hemos incluido:",
    recv_inv="Estás recibiendo emails de invitaciones.", recv="Estás recibiendo emails de notificación de LinkedIn.",
    recv_msg="Estás recibiendo emails de mensajes de tus contactos.",
    unsub="Cancelar suscripción", help="Ayuda", tm="LinkedIn y el logotipo de LinkedIn son marcas registradas de LinkedIn.",
    rheadline="Controller financiero en Example Industries",
    skills=["Contabilidad", "Control de gestión", "Presupuestos", "NIIF", "Reporting financiero"],
),
"it": dict(
    hi="Ciao {first},", inv_subject_2016=["{first}, aggiungimi alla tua rete su LinkedIn", "Invito a collegarsi su LinkedIn"],
    inv_subject_cur=["Voglio collegarmi", "{name} vuole collegarsi con te"],
    wants="{name} vuole collegarsi con te", accept="Accetta", view="Visualizza profilo", ignore="Ignora",
    mutual="{n} collegamenti in comune", defaults=["Vorrei aggiungerti alla mia rete professionale su LinkedIn.", "Vorrei entrare a far parte della tua rete su LinkedIn."],
    reminder_subject=["{name} è in attesa della tua risposta", "Promemoria sul tuo invito da {name}"],
    reminder_line="{name} è ancora in attesa della tua risposta al suo invito.",
    acc_subject_2016="{first}, inizia una conversazione con il tuo nuovo collegamento, {afirst}",
    acc_body_2016="{name} ha accettato il tuo invito. Inizia una conversazione.",
    acc_subject_cur="{afirst} ha accettato il tuo invito, esplora la sua rete",
    acc_preview="Scopri chi altro conoscete in comune.", acc_body_cur="{name} ha accettato il tuo invito",
    msg_subject=["{name} ti ha inviato un messaggio", "Nuovo messaggio da {name}", "{name} ti ha appena inviato un messaggio"],
    msg_line="{name} ti ha inviato un messaggio", reply="Rispondi", view_msg="Visualizza messaggio",
    endorse_subject=["{name} ha confermato le tue competenze in {skill}", "{first}, {name} ha confermato una tua competenza"],
    endorse_line="{name} ha confermato le tue competenze in {skill}",
    intended="Questa email è destinata a {rname} ({rheadline}).", learn="Scopri perché l'abbiamo inclusa:",
    recv_inv="Ricevi email relative agli inviti.", recv="Ricevi email di notifica di LinkedIn.",
    recv_msg="Ricevi email relative ai messaggi dei collegamenti.",
    unsub="Annulla iscrizione", help="Guida", tm="LinkedIn e il logo LinkedIn sono marchi registrati di LinkedIn.",
    rheadline="Controller finanziario presso Example Industries",
    skills=["Controllo di gestione", "Bilancio", "Budgeting", "IFRS", "Contabilità analitica"],
),
}

# InMail subjects written by the senders themselves
INMAIL_SUBJECTS = {
"en": {"recruiter": ["Head of Controlling role – confidential", "Finance Controller opportunity", "Interim Group Controller mandate", "VP Finance – Series C fintech", "Opportunity in Rotterdam", "Finance Business Partner on my team"],
       "sales": ["Quick question", "Cutting your close by 40%", "Idea for Example Industries", "15 minutes?", "Re: your finance team", "Partnership"],
       "pretext": ["Question from a fellow controller", "Invitation", "Finance leaders circle", "Your perspective?", "Free guide", "Roundtable"],
       "pitch": ["Following up", "Quick follow-up", "As promised", "Next step", "One more thing", "Re: our chat"],
       "hostile": ["Really?", "Your reply", "Professionalism", "No words", "FYI"]},
"de": {"recruiter": ["Leitung Konzerncontrolling – vertraulich", "Finance Controller (m/w/d) Düsseldorf", "Interim-Mandat Konzerncontrolling", "Senior Financial Controller Hamburg", "Stelle in meinem Team"],
       "sales": ["Kurze Frage", "Monatsabschluss 40 % schneller", "Idee für Example Industries", "15 Minuten?", "Zusammenarbeit"],
       "pretext": ["Frage unter Controllern", "Einladung", "Kreis für Finanzentscheider", "Ihre Einschätzung?", "Kostenloser Leitfaden"],
       "pitch": ["Kurze Nachfrage", "Wie versprochen", "Nächster Schritt", "Noch eine Sache", "Nachtrag"],
       "hostile": ["Ernsthaft?", "Ihre Ablehnung", "Stil", "Kein Kommentar"]},
"fr": {"recruiter": ["Direction du contrôle de gestion – confidentiel", "Contrôleur financier – Lille", "Mission de transition IFRS", "Opportunité à Marseille", "Poste dans mon équipe"],
       "sales": ["Petite question", "Clôture 40 % plus rapide", "Une idée pour Example Industries", "15 minutes ?", "Partenariat"],
       "pretext": ["Question entre contrôleurs", "Invitation", "Cercle de dirigeants financiers", "Votre avis ?", "Guide gratuit"],
       "pitch": ["Petite relance", "Comme promis", "Prochaine étape", "Encore une chose", "Suite à notre échange"],
       "hostile": ["Sérieusement ?", "Votre refus", "Politesse", "Sans commentaire"]},
"es": {"recruiter": ["Dirección de Control de Gestión – confidencial", "Financial Controller Barcelona", "Proyecto interim NIIF", "Oportunidad en Zaragoza", "Puesto en mi equipo"],
       "sales": ["Pregunta rápida", "Cierre un 40 % más rápido", "Idea para Example Industries", "¿15 minutos?", "Colaboración"],
       "pretext": ["Pregunta entre controllers", "Invitación", "Círculo de líderes financieros", "¿Tu opinión?", "Guía gratuita"],
       "pitch": ["Seguimiento", "Como te prometí", "Siguiente paso", "Una cosa más", "Sobre lo que hablamos"],
       "hostile": ["¿En serio?", "Tu rechazo", "Educación", "Sin comentarios"]},
"it": {"recruiter": ["Direzione Controllo di Gestione – riservato", "Financial Controller Verona", "Incarico temporary IFRS", "Opportunità a Genova", "Posizione nel mio team"],
       "sales": ["Domanda veloce", "Chiusura più veloce del 40 %", "Un'idea per Example Industries", "15 minuti?", "Collaborazione"],
       "pretext": ["Domanda tra controller", "Invito", "Circolo di leader della finanza", "Il tuo parere?", "Guida gratuita"],
       "pitch": ["Ti riscrivo", "Come promesso", "Prossimo passo", "Un'ultima cosa", "Riguardo alla nostra chiacchierata"],
       "hostile": ["Sul serio?", "Il tuo rifiuto", "Educazione", "Senza parole"]},
}

EXTRA_ENDORSE = {
"fr": ["Coucou Alex, recommandation faite pour {skill} ! Tu peux me rendre la pareille sur « Vente B2B » ?", "Bonjour Alex, je vous ai recommandé pour {skill}. Un petit geste en retour pour « Prospection » serait top 🙏"],
"es": ["¡Hola Alex! Validada tu aptitud de {skill}. ¿Me validas «Ventas B2B»?", "Hola Alex, te validé en {skill}. Un detalle de vuelta en «Prospección» sería genial 🙏"],
"it": ["Ehi Alex, confermata la tua competenza in {skill}! Mi ricambi su «Vendite B2B»?", "Ciao Alex, ti ho confermato per {skill}. Un gesto di ritorno su «Prospezione» sarebbe top 🙏"],
"de": ["Servus Alex, hab dich für {skill} bestätigt! Revanchierst du dich bei „B2B-Vertrieb“?"],
}
for _l, _extra in EXTRA_ENDORSE.items():
    BANKS[_l]["endorse_back"].extend(_extra)
# hostility from a connection after the user turned their offer down
HOSTILE_CONN = {
"en": ["I offered you a free consultation and you can't even be bothered to reply? Unbelievably rude.", "Ok so you read my message and ignored it. Very professional, Alex. Really.",
       "No need to be so arrogant. I was trying to help you and your company. Your loss.", "You turned me down without even listening. People like you never get anywhere."],
"de": ["Ich biete Ihnen ein kostenloses Gespräch an und Sie antworten nicht einmal? Unglaublich unhöflich.", "Sie haben meine Nachricht gelesen und ignoriert. Sehr professionell, wirklich.",
       "Kein Grund, so arrogant zu sein. Ich wollte Ihnen helfen. Ihr Pech."],
"fr": ["Je vous propose un échange gratuit et vous ne daignez même pas répondre ? Incroyablement impoli.", "Vous avez lu mon message et l'avez ignoré. Très professionnel, vraiment.",
       "Inutile d'être aussi arrogant. Je voulais vous aider. Tant pis pour vous."],
"es": ["Te ofrezco una consulta gratuita y ni siquiera te molestas en responder. Increíblemente maleducado.", "Has leído mi mensaje y lo has ignorado. Muy profesional, de verdad.",
       "No hace falta ser tan arrogante. Solo quería ayudarte. Tú te lo pierdes."],
"it": ["Ti offro una consulenza gratuita e non ti degni nemmeno di rispondere? Incredibilmente maleducato.", "Hai letto il mio messaggio e l'hai ignorato. Molto professionale, davvero.",
       "Non serve essere così arroganti. Volevo solo aiutarti. Peggio per te."],
}
for _l, _items in HOSTILE_CONN.items():
    BANKS[_l]["hostile_conn"] = _items
# ------------------------------------------------------------------------- names
NAMES = {
"en": (["Olivia", "James", "Priya", "Daniel", "Sarah", "Michael", "Emma", "Ryan", "Hannah", "Kevin", "Laura", "Jonathan", "Megan", "Chris", "Rachel", "Brian", "Nicole", "Andrew", "Zoe", "Marcus", "Fiona", "Tyler", "Grace", "Liam", "Aisha", "Connor", "Bethany", "Darren", "Imogen", "Raj"],
       ["Whitfield", "Carter", "Patel", "O'Brien", "Kowalski", "Hughes", "Fletcher", "Donnelly", "Brooks", "Nguyen", "Sinclair", "McAllister", "Harrington", "Okafor", "Lindqvist", "Pemberton", "Sato", "Reyes", "Galloway", "Thornton", "Ashworth", "Bell", "Chaudhry", "Doyle", "Ellison"]),
"de": (["Jürgen", "Katharina", "Stefan", "Anja", "Matthias", "Björn", "Sabine", "Tobias", "Jörg", "Ulrike", "Maximilian", "Franziska", "Sören", "Bärbel", "Lukas", "Christoph", "Nadine", "Dirk", "Miriam", "Florian", "Kerstin", "Jan-Philipp", "Claudia", "Götz", "Leonie"],
       ["Weißmann", "Müller", "Schröder", "Brückner", "Hoffmann", "Köhler", "Groß", "Lehmann", "Schäfer", "Wagner", "Krüger", "Böhm", "Zimmermann", "Hübner", "Vogt", "Fröhlich", "Kaiser", "Lorenz", "Dörfler", "Engel", "Stöckl", "Meißner"]),
"fr": (["Amélie", "Jérôme", "Hélène", "François", "Céline", "Benoît", "Élodie", "Mathieu", "Noémie", "Stéphane", "Aurélie", "Grégoire", "Inès", "Thibault", "Camille", "Léa", "Sébastien", "Maëlle", "Raphaël", "Clémence", "Loïc", "Chloé"],
       ["Lefèvre", "Dubois", "Moreau", "Girard", "Faure", "Rousseau", "Chevalier", "Lemaître", "Bérard", "Gauthier", "Perrin", "Duchêne", "Marchand", "Leclerc", "Bonnet", "Mercier", "Rivière", "Garnier", "Aubert", "Fontaine"]),
"es": (["José", "María", "Álvaro", "Lucía", "Sofía", "Javier", "Inés", "Andrés", "Núria", "Rubén", "Carmen", "Íñigo", "Begoña", "Raúl", "Elena", "Sergio", "Pilar", "Adrián", "Marta", "Óscar", "Rocío", "Héctor"],
       ["García", "Fernández", "Martínez", "López", "Sánchez", "Gómez", "Jiménez", "Muñoz", "Ibáñez", "Ortega", "Castaño", "Domínguez", "Peña", "Vázquez", "Serrano", "Núñez", "Rubio", "Herrera", "Cortés", "Morales"]),
"it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Niccolò", "Federica", "Andrea", "Martina", "Alessandro", "Elisa", "Davide", "Ilaria", "Matteo", "Sara", "Lorenzo", "Valentina", "Gianluca", "Beatrice", "Tommaso", "Arianna", "Fabrizio"],
       ["Rossi", "Bianchi", "Esposito", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrà"]),
}
CITY = {"en": ["London", "Manchester", "Dublin", "Edinburgh", "Bristol", "New York"], "de": ["Frankfurt am Main", "München", "Hamburg", "Köln", "Stuttgart", "Wien"],
        "fr": ["Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Genève"], "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
        "it": ["Milano", "Roma", "Torino", "Bologna", "Verona", "Napoli"]}
COMPANIES = {"good": ["Norbridge", "Veltra", "Kestrel Partners", "Orvana Foods", "Calder & Finch", "Solvent AG", "Tessaly", "Meridian Logistics", "Arcwise Pharma", "Hallmark Search"],
             "sales": ["Finlytics", "Brightwell Talent", "Lumina Capital", "Quorum Insurance", "Pivotal Leads", "Harbor Wealth", "NovaLedger", "Altamira Real Estate", "Coinvault",
                       "Bluepeak Coaching", "Stratos Outsourcing", "Meridian Advisory"],
             "pretext": ["Harbor Wealth", "Quorum Insurance", "Finlytics", "Pivotal Leads", "NovaLedger", "Altamira Real Estate", "Coinvault", "Stratos Outsourcing"]}
AT = {"en": " at ", "de": " bei ", "fr": " chez ", "es": " en ", "it": " presso "}
HEADLINES = {
 "good": ["Head of Controlling at {co}", "Group Financial Controller | IFRS | {co}", "CFO at {co}", "Senior FP&A Manager at {co}", "Chair, Controllers' Roundtable", "Treasury Manager at {co}",
          "Finance Business Partner – {co}", "Talent Partner at {co}", "Executive Recruiter – Finance & Accounting", "Director Finance Transformation at {co}", "Master's student in Controlling", "Audit Manager at {co}"],
 "sales": ["Account Executive at {co}", "Helping CFOs close faster | {co}", "Wealth Manager – Private Clients | {co}", "Founder & CEO at {co} | B2B Lead Generation", "Senior Consultant, Insurance Solutions at {co}",
           "Business Development Manager @ {co}", "Executive Coach for Finance Leaders", "Partner at {co} – Outsourced Accounting", "Investment Advisor | Real Estate | {co}", "Growth @ {co} | Web3 Treasury",
           "Sales Director DACH at {co}", "Managing Partner at {co} – Finance Recruitment"],
 "pretext": ["Community Builder | Finance Leaders Network", "Connecting finance leaders | {co}", "Founder, CFO Circle", "Finance Professional | Networker", "Passionate about people and numbers", "Host, Finance Mastermind"],
}


def strip_accents(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass
class Person:
    pid: int
    name: str
    lang: str            # LinkedIn wording language (the recipient's setting at the time)
    note_lang: str       # language the person writes in
    era: str             # "2016" or "cur"
    headline: str
    location: str
    vanity: str
    member_id: str
    scenario: str = ""
    folder: str = ""
    recommendation: str = "none"
    verdict: str = ""
    split: str = ""
    variants: list = field(default_factory=list)

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass
class Mail:
    fname: str
    data: bytes
    kind: str
    linkedin: bool
    folder: str
    person: str
    scenario: str
    language: str
    date: datetime
    split: str = ""


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used_names: set[str] = set()
        self.bank_pos: dict = {}
        self.msgids: set[str] = set()
        self.pid = 0

    # -------------------------------------------------------------- randomness helpers
    def rs(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def pick(self, lang: str, cat: str) -> str:
        """Cycle through a shuffled phrase bank so every note is used before any repeats."""
        key = (lang, cat)
        if key not in self.bank_pos or not self.bank_pos[key]:
            items = list(BANKS[lang][cat])
            self.r.shuffle(items)
            self.bank_pos[key] = items
        return self.bank_pos[key].pop()

    def note(self, p: Person, cat: str, skill: str = "") -> str:
        text = self.pick(p.note_lang, cat)
        return text.replace("{first}", FIRST).replace("{sig}", p.first).replace("{skill}", skill or "Controlling")

    def person(self, lang: str, kind: str, era: str | None = None, note_lang: str | None = None) -> Person:
        firsts, lasts = NAMES[lang]
        while True:
            first, last = self.r.choice(firsts), self.r.choice(lasts)
            name = f"{first} {last}"
            if strip_accents(name).lower() not in self.used_names:
                self.used_names.add(strip_accents(name).lower())
                break
        self.pid += 1
        if era is None:
            era = "2016" if self.r.random() < 0.33 else "cur"
        if note_lang is None:
            note_lang = lang
            roll = self.r.random()
            if lang != "en" and roll < 0.12:
                note_lang = "en"          # an English note under German/French/... LinkedIn wording
            elif lang == "en" and roll < 0.12:
                note_lang = self.r.choice(["de", "fr", "es", "it"])
        co = self.r.choice(COMPANIES[kind])
        headline = self.r.choice(HEADLINES[kind]).format(co=co)
        if self.r.random() < 0.7:
            headline = headline.replace(" at ", AT[lang])
        base = strip_accents(f"{first}-{last}").lower().replace(" ", "").replace("'", "")
        vanity = base if self.r.random() < 0.4 else f"{base}-{self.rs(self.r.choice([6, 8]), string.ascii_lowercase + string.digits)}"
        member_id = "AAsAAA" + self.rs(self.r.choice([26, 28, 30]), string.ascii_letters + string.digits + "_-")
        return Person(self.pid, name, lang, note_lang, era, headline, self.r.choice(CITY[lang]), vanity, member_id)

    def variant(self, p: Person) -> str:
        """The same person under another spelling of the name."""
        first, *rest = p.name.split()
        last = " ".join(rest)
        choices = [f"{first} {last.upper()}", f"{first} {self.r.choice('ABCDEFGHJKLMRST')}. {last}", p.name.lower().title() if p.name != p.name.title() else p.name.upper()]
        if strip_accents(p.name) != p.name:
            choices += [strip_accents(p.name)] * 2
        return self.r.choice(choices)

    # ------------------------------------------------------------------------ dates
    def start_date(self, era: str) -> datetime:
        if era == "2016":
            lo, hi = datetime(2016, 2, 1, tzinfo=timezone.utc), datetime(2017, 9, 1, tzinfo=timezone.utc)
        else:
            lo, hi = datetime(2024, 3, 1, tzinfo=timezone.utc), datetime(2025, 12, 1, tzinfo=timezone.utc)
        span = int((hi - lo).total_seconds())
        return lo + timedelta(seconds=self.r.randint(0, span))

    @staticmethod
    def fmt_date(d: datetime, era: str, variant: int) -> str:
        day = f"{d:%a}, {d.day} {d:%b %Y %H:%M:%S}"
        if variant == 0:
            return f"{day} +0000 (UTC)"
        if variant == 1:
            return f"{day} +0000"
        local = d.astimezone(timezone(timedelta(hours=1)))
        return f"{local:%a}, {local.day:02d} {local:%b %Y %H:%M:%S} +0100"

    # ------------------------------------------------------------------------- URLs
    def mid(self) -> str:
        return "AQ" + self.rs(12, string.ascii_letters + string.digits + "-_")

    def url_profile_id(self, p: Person, template: str) -> str:
        return (f"https://www.linkedin.com/comm/profile/view?id={p.member_id}&authType=name&authToken={self.rs(4)}"
                f"&invAcpt={self.digits(9)}_I{self.digits(19)}_500&midToken={self.mid()}"
                f"&trk=eml-{template}-hero-3-prof%7Ecta&trkEmail=eml-{template}-hero-3-prof%7Ecta-null-{self.rs(6, string.ascii_lowercase + string.digits)}~{self.rs(8, string.ascii_lowercase + string.digits)}")

    def url_profile_vanity(self, p: Person, template: str) -> str:
        lipi = base64.b64encode(self.r.randbytes(16)).decode().rstrip("=")
        tail = self.r.choice(["header-24-profile", "header-0-profile_glimmer", "hero-3-prof%7Ecta", "null-0-profile"])
        url = (f"https://www.linkedin.com/comm/in/{p.vanity}?midToken={self.mid()}&midSig=0{self.rs(20)}"
               f"&trk=eml-{template}-{tail}&trkEmail=eml-{template}-{tail}-null-{self.rs(6, string.ascii_lowercase + string.digits)}"
               f"&lipi=urn%3Ali%3Apage%3Aemail_{template}%3B{lipi}%3D%3D")
        if self.r.random() < 0.5:
            url += f"&eid={self.rs(6, string.ascii_lowercase + string.digits)}-{self.rs(8, string.ascii_lowercase + string.digits)}-{self.rs(2, string.ascii_lowercase + string.digits)}&otpToken={self.rs(40, string.ascii_lowercase + string.digits)}"
        return url

    def url_accept(self, era: str, template: str) -> str:
        inv, key = self.digits(19), self.rs(8, string.ascii_letters + string.digits + "-_")
        if era == "2016":
            return (f"https://www.linkedin.com/comm/people/invite-accept?mboxid=I{self.digits(19)}_500&sharedKey={key}&fr=false"
                    f"&invitationId={inv}&fe=true&midToken={self.mid()}&trk=eml-{template}-hero-0-accept%7Ecta")
        return (f"https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/{inv}/sharedKey/{key}/"
                f"?midToken={self.mid()}&midSig=0{self.rs(20)}&trk=eml-{template}-null-0-accept%7Ecta&trkEmail=eml-{template}-null-0-accept%7Ecta-null-{self.rs(6, string.ascii_lowercase)}")

    def url_thread(self) -> str:
        raw = f"{self.rs(8, 'abcdef0123456789')}-{self.rs(4, 'abcdef0123456789')}-4{self.rs(3, 'abcdef0123456789')}-{self.rs(4, 'abcdef0123456789')}-{self.rs(12, 'abcdef0123456789')}_01{self.r.randint(0, 9)}"
        return f"https://www.linkedin.com/messaging/thread/2-{base64.b64encode(raw.encode()).decode()}/"

    def url_misc(self, era: str, what: str, lang: str = "en", template: str = "email_m2m_invite_single_01") -> str:
        if era == "2016":
            return f"https://www.linkedin.com/e/v2?e={self.rs(6, string.ascii_lowercase + string.digits)}-{self.rs(8, string.ascii_lowercase + string.digits)}-{self.rs(2, string.ascii_lowercase + string.digits)}&a={what}&midToken={self.mid()}&ek={template}"
        if what == "unsub":
            return f"https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_{template}%3B{self.rs(22)}%3D%3D&midToken={self.mid()}&midSig=0{self.rs(20)}&trk=eml-{template}-footer-unsub&loid=AQ{self.rs(30)}"
        answer = {"help": "67", "learn": "4788"}[what]
        return f"https://www.linkedin.com/help/linkedin/answer/{answer}?lang={lang}&lipi=urn%3Ali%3Apage%3Aemail_{template}%3B{self.rs(22)}%3D%3D&midToken={self.mid()}&trk=eml-{template}-footer-{what}"
# ----------------------------------------------------------------- MIME assembly
def enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def enc_addr(name: str, addr: str) -> str:
    return formataddr((name, addr), charset="utf-8")


def encode_body(text: str, cte: str) -> bytes:
    raw = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def mime_part(ctype: str, text: str, cte: str, cid: str | None) -> bytes:
    head = f"Content-Type: {ctype};charset=UTF-8\nContent-Transfer-Encoding: {cte}\n"
    if cid:
        head += f"Content-ID: {cid}\n"
    body = encode_body(text, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode() + b"\n" + body


class Builder:
    def __init__(self, g: "Gen"):
        self.g = g

    def message_id(self, era: str, domain: str | None = None) -> str:
        g = self.g
        while True:
            if domain:
                mid = f"<{g.rs(24, string.ascii_lowercase + string.digits)}@{domain}>"
            elif era == "2016":
                mid = f"<{g.digits(10)}.{g.digits(5)}.{g.digits(13)}.JavaMail.app@lva1-app{g.r.randint(1000, 9999)}.prod.linkedin.com>"
            else:
                mid = f"<{g.digits(10)}.{g.digits(6)}.{g.digits(13)}@ltx1-app{g.r.randint(10000, 99999)}.prod.linkedin.com>"
            if mid not in g.msgids:
                g.msgids.add(mid)
                return mid

    def genuine_auth(self, era: str, date: datetime, dkim_domain: str = "linkedin.com") -> list[tuple[str, str]]:
        """Headers a genuine LinkedIn mail carries once mx.example.net has received it (topmost first)."""
        g = self.g
        sel = "proddkim1024" if era == "2016" else g.r.choice(["d2048-202308-00", "d2048-202308-00", "d2048-202411-01"])
        sub_sel = "proddkim1024" if era == "2016" else g.r.choice(["d2048-202308-0b", "d2048-202308-0d"])
        sub = g.r.choice(["mailb.linkedin.com", "maild.linkedin.com"])
        bounce = f"{'s' if era == '2016' else 'm'}-{g.rs(40, string.ascii_lowercase + string.digits)}@bounce.linkedin.com"
        ip = f"108.174.{g.r.choice([0, 3, 6])}.{g.r.randint(100, 240)}"
        b1, b2 = g.rs(8), g.rs(8)
        hfrom = dkim_domain
        v = g.r.randrange(5)
        if v == 0:
            ar = (f"mx.example.net;\n\tdkim=pass header.i=@{dkim_domain} header.s={sel} header.b={b1};\n\tdkim=pass header.i=@{sub} header.s={sub_sel} header.b={b2};\n"
                  f"\tspf=pass (mx.example.net: domain of {bounce} designates {ip} as permitted sender) smtp.mailfrom={bounce};\n"
                  f"\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={hfrom}")
        elif v == 1:
            ar = (f"mx.example.net; dkim=pass (2048-bit key; unprotected) header.d={dkim_domain} header.i=@{dkim_domain} header.a=rsa-sha256 header.s={sel} header.b={b1};\n"
                  f" dkim=pass (2048-bit key) header.d={sub} header.i=@{sub} header.a=rsa-sha256 header.s={sub_sel} header.b={b2};\n"
                  f" spf=pass smtp.mailfrom={bounce}; dmarc=pass (policy=reject) header.from={hfrom}")
        elif v == 2:
            ar = (f"mx.example.net 1; spf=pass smtp.mailfrom={bounce} smtp.helo=mailb-ga.linkedin.com;\n"
                  f"  dkim=pass header.d={dkim_domain} header.s={sel} header.b={b1};\n  dmarc=pass header.from={hfrom}")
        elif v == 3:
            ar = f"mx.example.net;\n dkim=pass header.i=@{dkim_domain}; spf=pass smtp.mailfrom=bounce.linkedin.com; dmarc=pass header.from={hfrom}"
        else:
            ar = (f"mx.example.net;\n\tdmarc=pass (p=reject dis=none) header.from={hfrom};\n\tdkim=pass (2048-bit key, unprotected) header.d={dkim_domain} header.i=@{dkim_domain} header.b=\"{b1}\";\n"
                  f"\tdkim=pass header.d={sub} header.b=\"{b2}\";\n\tspf=pass (mx.example.net: domain of bounce.linkedin.com designates {ip} as permitted sender) smtp.mailfrom=bounce.linkedin.com")
        return self.transport(ar, date, ip, f"mail{g.r.choice(['b-ga', 'b-da', 'c-aa'])}.linkedin.com", [(dkim_domain, sel), (sub, sub_sel)])

    def transport(self, ar: str | list[str], date: datetime, ip: str, helo: str, dkims: list[tuple[str, str]]) -> list[tuple[str, str]]:
        g = self.g
        hdrs = [("Authentication-Results", a) for a in ([ar] if isinstance(ar, str) else ar)]
        when = (date - timedelta(seconds=g.r.randint(1, 9))).strftime("%a, %d %b %Y %H:%M:%S +0000")
        hdrs.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby mx.example.net (Postfix) with ESMTPS id {g.rs(11, string.ascii_uppercase + string.digits)}\n\tfor <{RECIPIENT[1]}>; {when}"))
        for d, s in dkims:
            hdrs.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(date.timestamp())}; bh={g.rs(43)}=;\n"
                         f"\th=Date:From:Subject:MIME-Version:Content-Type:To:X-LinkedIn-Class:\n\t X-LinkedIn-Template:X-LinkedIn-fbl;\n\tb={g.rs(64)}\n\t {g.rs(64)}\n\t {g.rs(44)}=="))
        return hdrs

    def assemble(self, *, top: list[tuple[str, str]], from_: str, subject: str, date_str: str, msgid: str, text: str | None, html: str | None,
                 cte: str, extra: list[tuple[str, str]] = (), reply_to: str | None = None, to: str | None = None) -> bytes:
        g = self.g
        hdrs = list(top)
        hdrs.append(("Date", date_str))
        hdrs.append(("From", from_))
        if reply_to:
            hdrs.append(("Reply-To", reply_to))
        hdrs.append(("To", to or enc_addr(*RECIPIENT)))
        hdrs.append(("Message-ID", msgid))
        hdrs.append(("Subject", enc_header(subject)))
        hdrs.append(("MIME-Version", "1.0"))
        boundary = f"----=_Part_{g.r.randint(100000, 9999999)}_{g.r.randint(100000000, 2147483647)}.{g.digits(13)}"
        if text is not None and html is not None:
            hdrs.append(("Content-Type", f'multipart/alternative; \n\tboundary="{boundary}"'))
            body = (b"\n--" + boundary.encode() + b"\n" + mime_part("text/plain", text, cte, "text-body")
                    + b"\n--" + boundary.encode() + b"\n" + mime_part("text/html", html, cte, "html-body")
                    + b"\n--" + boundary.encode() + b"--\n")
            single = None
        else:
            part = ("text/html", html) if html is not None else ("text/plain", text)
            hdrs.append(("Content-Type", f"{part[0]}; charset=UTF-8"))
            hdrs.append(("Content-Transfer-Encoding", cte))
            single = encode_body(part[1], cte)
            if not single.endswith(b"\n"):
                single += b"\n"
        hdrs.extend(extra)
        head = "".join(f"{k}: {v}\n" for k, v in hdrs)
        return head.encode("utf-8") + b"\n" + (single if single is not None else body)

    def pick_cte(self) -> str:
        x = self.g.r.random()
        return "quoted-printable" if x < 0.62 else "base64" if x < 0.82 else "8bit"


# ---------------------------------------------------------------- LinkedIn bodies
PAD = "\u034f\u00a0"


def html_doc(era: str, preheader: str, blocks: list[tuple[str, str]], buttons: list[tuple[str, str]], footer: list[str], pad: int = 0) -> str:
    ph = escape(preheader) + (PAD * pad)
    out = []
    if era == "2016":
        out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title></title></head>')
        out.append('<body style="padding:0;margin:0 auto;-webkit-text-size-adjust:100%;width:100% !important;-ms-text-size-adjust:100%;font-family:Helvetica,Arial,sans-serif;background-color:#EDF0F3;">')
        out.append(f'<div style="overflow:hidden;color:transparent;visibility:hidden;mso-hide:all;width:0;font-size:0;opacity:0;height:0;">{ph}</div>')
        out.append('<table align="center" border="0" cellspacing="0" cellpadding="0" width="100%" bgcolor="#EDF0F3" style="background-color:#EDF0F3;table-layout:fixed;"><tbody><tr><td align="center">')
        out.append('<center style="width:100%;"><table border="0" cellspacing="0" cellpadding="0" width="512" bgcolor="#FFFFFF" class="phoenix-email-container" style="background-color:#FFFFFF;margin:0 auto;max-width:512px;width:inherit;"><tbody>')
        out.append('<tr><td bgcolor="#F6F8FA" style="background-color:#F6F8FA;padding:12px;border-bottom:1px solid #ECECEC;"><a href="https://www.linkedin.com/comm/feed/" style="color:#008CC9;"><img alt="LinkedIn" border="0" src="https://static.licdn.com/scds/common/u/images/email/phoenix/logos/logo_phoenix_header_blue_78x66_v1.png" height="34" width="40"></a></td></tr>')
        out.append('<tr><td><table border="0" cellspacing="0" cellpadding="0" width="100%"><tbody><tr><td style="padding:20px 24px 10px 24px;">')
        for kind, content in blocks:
            c = escape(content).replace("\n", "<br>")
            if kind == "name":
                out.append(f'<p style="margin:0;"><a href="{escape(buttons[-1][1]) if buttons else "#"}" style="color:#000000;text-decoration:none;"><span style="font-weight:bold;font-size:16px;">{c}</span></a></p>')
            elif kind == "grey":
                out.append(f'<p style="margin:0;color:#737373;font-weight:400;font-size:14px;line-height:1.429;">{c}</p>')
            else:
                out.append(f'<p style="margin:0 0 16px;color:#4C4C4C;font-size:16px;line-height:1.5;">{c}</p>')
        out.append('<table border="0" cellspacing="0" cellpadding="0" style="display:inline-block;"><tbody><tr>')
        for i, (label, url) in enumerate(buttons):
            style = "background-color:#008CC9;color:#FFFFFF;border-color:#008CC9;" if i == 0 else "color:#008CC9;border-color:#008CC9;"
            out.append(f'<td style="padding:16px 8px 16px 0;"><a href="{escape(url)}" target="_blank" style="{style}border-width:1px;border-style:solid;border-radius:2px;display:inline-block;font-size:16px;padding:6px 16px;text-decoration:none;">{escape(label)}</a></td>')
        out.append('</tr></tbody></table></td></tr></tbody></table></td></tr>')
        out.append('<tr><td style="padding:16px 24px;background-color:#EDF0F3;"><table border="0" cellspacing="0" cellpadding="0" width="100%"><tbody>')
        for line in footer:
            out.append(f'<tr><td style="padding:0 0 8px;color:#737373;font-size:12px;">{line}</td></tr>')
        out.append('</tbody></table></td></tr></tbody></table></center></td></tr></tbody></table></body></html>')
    else:
        out.append('<!DOCTYPE html><html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title></title>')
        out.append('<style>@media only screen and (max-width:554px){.mercado-container{width:100% !important}}</style></head>')
        out.append('<body dir="ltr" style="margin:0;padding:0;background-color:#f3f2f0;">')
        out.append(f'<div style="display:none;visibility:hidden;opacity:0;color:transparent;height:0;width:0;max-height:0;max-width:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;">{ph}</div>')
        out.append('<table role="presentation" valign="top" border="0" cellspacing="0" cellpadding="0" width="100%" bgcolor="#f3f2f0" style="background-color:#f3f2f0;"><tbody><tr><td align="center">')
        out.append('<div class="mercado-container" style="margin:0 auto;max-width:512px;width:512px;background-color:#ffffff;"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody>')
        out.append('<tr><td style="padding:24px 24px 0;"><a href="https://www.linkedin.com/comm/feed/"><img alt="LinkedIn" src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dnn9bdu4ypmfs" height="21" width="84" style="display:block;"></a></td></tr>')
        out.append('<tr><td style="padding:24px;">')
        for kind, content in blocks:
            c = escape(content).replace("\n", "<br>")
            if kind == "name":
                out.append(f'<h2 style="margin:0;font-size:16px;font-weight:600;color:rgba(0,0,0,0.9);"><a href="{escape(buttons[-1][1]) if buttons else "#"}" style="color:rgba(0,0,0,0.9);text-decoration:none;">{c}</a></h2>')
            elif kind == "grey":
                out.append(f'<p style="margin:2px 0;font-size:14px;color:rgba(0,0,0,0.6);">{c}</p>')
            else:
                out.append(f'<p style="margin:0 0 16px;font-size:14px;line-height:1.43;color:rgba(0,0,0,0.9);">{c}</p>')
        out.append('<table role="presentation" border="0" cellspacing="0" cellpadding="0"><tbody><tr>')
        for i, (label, url) in enumerate(buttons):
            style = "background-color:#0a66c2;color:#ffffff;" if i == 0 else "color:#0a66c2;border:1px solid #0a66c2;"
            out.append(f'<td style="padding:16px 8px 0 0;"><a href="{escape(url)}" style="{style}border-radius:24px;display:inline-block;font-size:16px;font-weight:600;padding:10px 24px;text-decoration:none;">{escape(label)}</a></td>')
        out.append('</tr></tbody></table></td></tr>')
        out.append('<tr><td style="padding:24px;background-color:#f3f2f0;"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody>')
        for line in footer:
            out.append(f'<tr><td style="padding:0 0 8px;font-size:12px;color:rgba(0,0,0,0.6);">{line}</td></tr>')
        out.append('</tbody></table></td></tr></tbody></table></div></td></tr></tbody></table></body></html>')
    return "\n".join(out) + "\n"
TEMPLATES = {"invitation": "email_m2m_invite_single_01", "invitation_reminder": "email_m2m_invite_reminder_02",
             "invitation_accepted": "email_accept_invite_single_01", "message": "email_member_message_v2",
             "inmail": "email_inmail_single_01", "recruiter": "email_hire_inmail_initial_single_01",
             "endorsement": "email_endorsements_single_01"}


class LinkedInMail:
    """Genuine-looking LinkedIn notifications (also reused, with other headers, by the spoofs)."""

    def __init__(self, g: Gen, b: Builder):
        self.g, self.b = g, b

    def footer(self, lang: str, era: str, recv: str, template: str, year: int, rname: str = RECIPIENT[0]) -> tuple[str, list[str]]:
        w, g = L[lang], self.g
        unsub, helpu, learn = g.url_misc(era, "unsub", lang, template), g.url_misc(era, "help", lang, template), g.url_misc(era, "learn", lang, template)
        intended = w["intended"].format(rname=rname, rheadline=w["rheadline"])
        if era == "2016":
            text = (f".....................................\n\n{w['unsub']}: {unsub}\n{w['help']}: {helpu}\n\n{w[recv]}\n\n{intended}\n"
                    f"{w['learn']} {learn}\n© 2016 LinkedIn Corporation, 2029 Stierlin Court, Mountain View CA 94043. {w['tm']}\n")
        else:
            text = (f"----------------------------------------\n\n{intended}\n{w['learn']} {learn}\n\n{w[recv]}\n{w['unsub']}: {unsub}\n"
                    f"{w['help']}: {helpu}\n\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n{w['tm']}\n")
        html = [escape(intended) + f' <a href="{escape(learn)}" style="color:#737373;text-decoration:underline;">{escape(w["learn"].rstrip(" :"))}</a>',
                escape(w[recv]) + f' <a href="{escape(unsub)}" style="color:#737373;">{escape(w["unsub"])}</a> · <a href="{escape(helpu)}" style="color:#737373;">{escape(w["help"])}</a>',
                ("© 2016 LinkedIn Corporation, 2029 Stierlin Court, Mountain View CA 94043. " if era == "2016" else f"© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. ") + escape(w["tm"])]
        return text, html

    def li_headers(self, era: str, cls: str | None, template: str, date: datetime) -> list[tuple[str, str]]:
        g = self.g
        extra = []
        if cls:
            extra.append(("X-LinkedIn-Class", cls))
        extra.append(("X-LinkedIn-Template", template))
        extra.append(("X-LinkedIn-fbl", ("m2-" if era == "cur" else "s-") + g.rs(96, string.ascii_lowercase + string.digits)))
        eid = f"{g.rs(6, string.ascii_lowercase + string.digits)}-{g.rs(8, string.ascii_lowercase + string.digits)}-{g.rs(2, string.ascii_lowercase + string.digits)}"
        extra.append(("X-LinkedIn-Id", eid))
        if era == "2016":
            extra.append(("List-Unsubscribe", f"<https://www.linkedin.com/e/v2?e={eid}&t=lun&midToken={g.mid()}&ek={template}&li={g.digits(9)}&m=unsub&ts=unsub&loid=AQ{g.rs(30)}&eid={eid}>"))
        else:
            extra.append(("List-Unsubscribe", f"<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_{template}%3B{g.rs(22)}%3D%3D&midToken={g.mid()}&midSig=0{g.rs(20)}&trk=eml-{template}-unsub&eid={eid}&loid=AQ{g.rs(30)}>"))
            extra.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if g.r.random() < 0.5:
            extra.append(("Require-Recipient-Valid-Since", f"{RECIPIENT[1]}; {(date - timedelta(days=3000)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"))
        return extra

    def render(self, *, kind: str, lang: str, era: str, date: datetime, name: str, headline: str, location: str, profile: str,
               note: str | None = None, no_note: bool = False, subject_extra: str = "", skill: str = "", inmail_subject: str = "",
               recruiter: bool = False, sender_first: str = "", rname: str = RECIPIENT[0], link_host: str | None = None) -> tuple[str, str, str, str]:
        """Returns subject, text, html, template."""
        w, g = L[lang], self.g
        first = name.split()[0] if not sender_first else sender_first
        tpl = TEMPLATES["recruiter" if (kind == "inmail" and recruiter) else kind]
        year = date.year
        hi = w["hi"].format(first=FIRST)
        pad = g.r.choice([60, 90, 120]) if era == "cur" else 0
        if kind == "invitation":
            accept = g.url_accept(era, tpl)
            if link_host:
                accept = f"https://{link_host}/comm/people/invite-accept?invitationId={g.digits(19)}&sharedKey={g.rs(8)}"
                profile = f"https://{link_host}/comm/in/{g.rs(8, string.ascii_lowercase)}"
            subject = g.r.choice(w["inv_subject_2016"] if era == "2016" else w["inv_subject_cur"]).format(first=FIRST, name=name)
            mutual = w["mutual"].format(n=g.r.randint(1, 23))
            footer_t, footer_h = self.footer(lang, era, "recv_inv", tpl, year, rname)
            if era == "2016":
                body_note = note
                text = f"{hi}\n{body_note}\n\n{name}\n{headline}\n\n{w['view']}: {profile}\n{w['accept']}: {accept}\n\n{footer_t}"
                blocks = [("p", hi), ("p", body_note), ("name", name), ("grey", headline), ("grey", location)]
                html = html_doc(era, f"{hi} {body_note}", blocks, [(w["accept"], accept), (w["view"], profile)], footer_h)
            elif no_note:
                wants = w["wants"].format(name=name)
                text = f"{wants}\n\n{name}\n{headline}\n{location}\n{mutual}\n\n{w['accept']}: {accept}\n\n{w['view']}: {profile}\n\n{footer_t}"
                blocks = [("p", wants), ("name", name), ("grey", headline), ("grey", f"{location} · {mutual}")]
                html = html_doc(era, f"{headline}", blocks, [(w["accept"], accept), (w["view"], profile)], footer_h, pad)
            else:
                text = f"{note}\n\n{name}\n{headline}\n{location}\n{mutual}\n\n{w['accept']}: {accept}\n\n{w['view']}: {profile}\n\n{footer_t}"
                blocks = [("p", note), ("name", name), ("grey", headline), ("grey", f"{location} · {mutual}")]
                html = html_doc(era, note, blocks, [(w["accept"], accept), (w["view"], profile)], footer_h, pad)
        elif kind == "invitation_reminder":
            accept = g.url_accept(era, tpl)
            subject = g.r.choice(w["reminder_subject"]).format(name=name)
            line = w["reminder_line"].format(name=name)
            footer_t, footer_h = self.footer(lang, era, "recv_inv", tpl, year, rname)
            quoted = f"\n“{note}”\n" if note else ""
            text = f"{hi}\n\n{line}\n{quoted}\n{name}\n{headline}\n\n{w['accept']}: {accept}\n{w['view']}: {profile}\n\n{footer_t}"
            blocks = [("p", hi), ("p", line)] + ([("p", f"“{note}”")] if note else []) + [("name", name), ("grey", headline)]
            html = html_doc(era, line, blocks, [(w["accept"], accept), (w["view"], profile)], footer_h, pad)
        elif kind == "invitation_accepted":
            footer_t, footer_h = self.footer(lang, era, "recv", tpl, year, rname)
            if era == "2016":
                subject = w["acc_subject_2016"].format(first=FIRST, afirst=first)
                line = w["acc_body_2016"].format(name=name)
            else:
                subject = w["acc_subject_cur"].format(afirst=first)
                line = w["acc_body_cur"].format(name=name)
            text = f"{hi}\n\n{line}\n\n{name}\n{headline}\n\n{w['view']}: {profile}\n\n{w['acc_preview']}\n\n{footer_t}"
            html = html_doc(era, w["acc_preview"] if era == "cur" else line, [("p", hi), ("p", line), ("name", name), ("grey", headline)], [(w["view"], profile)], footer_h, pad)
        elif kind == "message":
            thread = g.url_thread()
            subject = g.r.choice(w["msg_subject"]).format(name=name)
            footer_t, footer_h = self.footer(lang, era, "recv_msg" if era == "2016" else "recv", tpl, year, rname)
            if era == "2016":
                line = w["msg_line"].format(name=name)
                text = f"{hi}\n\n{line}:\n\n{note}\n\n{name}\n{headline}\n\n{w['view_msg']}: {thread}\n{w['view']}: {profile}\n\n{footer_t}"
                html = html_doc(era, note, [("p", hi), ("p", line + ":"), ("p", note), ("name", name), ("grey", headline)], [(w["view_msg"], thread), (w["view"], profile)], footer_h)
            else:
                text = f"{name}\n{headline}\n\n{note}\n\n{w['reply']}: {thread}\n\n{w['view']}: {profile}\n\n{footer_t}"
                html = html_doc(era, note, [("name", name), ("grey", headline), ("p", note)], [(w["reply"], thread), (w["view"], profile)], footer_h, pad)
        elif kind == "inmail":
            thread = g.url_thread()
            subject = inmail_subject
            footer_t, footer_h = self.footer(lang, era, "recv", tpl, year, rname)
            text = f"{subject}\n{subject}\n\n{name}\n{w['reply']}\n{thread}\n\n{note}\n\n{footer_t}"
            html = html_doc(era, note, [("p", subject), ("name", name), ("grey", headline), ("p", note)], [(w["reply"], thread), (w["view"], profile)], footer_h, pad)
        elif kind == "endorsement":
            subject = g.r.choice(w["endorse_subject"]).format(name=name, skill=skill, first=FIRST)
            line = w["endorse_line"].format(name=name, skill=skill)
            footer_t, footer_h = self.footer(lang, era, "recv", tpl, year, rname)
            text = f"{hi}\n\n{line}\n\n{name}\n{headline}\n\n{w['view']}: {profile}\n\n{footer_t}"
            html = html_doc(era, line, [("p", hi), ("p", line), ("name", name), ("grey", headline)], [(w["view"], profile)], footer_h, pad)
        else:
            raise ValueError(kind)
        return subject, text, html, tpl

    def sender(self, kind: str, era: str, name: str, recruiter: bool = False) -> tuple[str, str, str | None]:
        """(display name, address, X-LinkedIn-Class)"""
        g = self.g
        display = name if era == "2016" else f"{name} via LinkedIn"
        if kind in ("invitation", "invitation_reminder"):
            return display, "invitations@linkedin.com", "EMAIL-DEFAULT" if g.r.random() < 0.7 else None
        if kind == "invitation_accepted":
            return (g.r.choice([display, "LinkedIn"]), "invitations@linkedin.com", "EMAIL-DEFAULT")
        if kind == "message":
            if g.r.random() < 0.15:
                return "LinkedIn", "messaging-digest-noreply@linkedin.com", "EMAIL-DEFAULT"
            return display, "messages-noreply@linkedin.com", g.r.choice(["EMAIL-DEFAULT", "mbr-to-mbr", None])
        if kind == "inmail":
            addr = g.r.choice(["inmail-hit-reply@linkedin.com"] * 3 + ["hit-reply@linkedin.com", "inmails-noreply@linkedin.com"] + (["hit-reply-premium-inmail@linkedin.com"] if not recruiter else []))
            return name, addr, "INMAIL"
        if kind == "endorsement":
            return "LinkedIn", ("endorsements@linkedin.com" if era == "2016" else "notifications-noreply@linkedin.com"), "EMAIL-DEFAULT"
        raise ValueError(kind)
# ---------------------------------------------------------------------- scenarios
LANGS = ["en", "de", "fr", "es", "it"]
FOLDER_OF = {"good": "good", "bad": "bad", "ugly": "ugly", "": "other"}


def d(a: int, b: int):
    return (a, b)


# name, count, builder(rng) -> (steps, verdict, recommendation, headline kind). A step: (kind, category, (min gap, max gap) in days)
def sc_good_invitation(r):
    steps = [("invitation", "value_invite", None)]
    if r.random() < 0.35:
        steps.append(("invitation_reminder", "same", d(6, 14)))
    return steps, "good", "accept", "good"


def sc_default_invitation(r):
    steps = [("invitation", r.choice(["default", "default", "nonote"]), None)]
    if r.random() < 0.35:
        steps.append(("invitation_reminder", "same", d(6, 14)))
    return steps, "bad", "ignore", r.choice(["sales", "good"])


def sc_sales_invitation(r):
    steps = [("invitation", "sales", None)]
    if r.random() < 0.3:
        steps.append(("invitation_reminder", "same", d(6, 14)))
    return steps, "bad", "ignore", "sales"


def sc_bait_invite(r):
    steps = [("invitation", "pretext", None), ("message", "pitch", d(2, 35))]
    if r.random() < 0.35:
        steps.append(("message", "pitch", d(7, 40)))
    return steps, "ugly", "remove", "pretext"


def sc_bait_inmail(r):
    steps = [("inmail", "pretext", None), ("inmail", "pitch", d(3, 28))]
    if r.random() < 0.3:
        steps.append(("inmail", "pitch", d(7, 30)))
    return steps, "ugly", "none", "pretext"


def sc_endorse_back(r):
    steps = [("endorsement", None, None)]
    if r.random() < 0.3:
        steps.append(("endorsement", None, d(0, 2)))
    steps.append(("message", "endorse_back", d(0, 4)))
    return steps, "ugly", "remove", "sales"


def sc_hostile_pending(r):
    steps = [("invitation", r.choice(["sales", "default", "pretext", "value_invite", "nonote"]), None)]
    if r.random() < 0.4:
        steps.append(("invitation_reminder", "same", d(6, 14)))
    steps.append(("inmail", "hostile", d(8, 40)))
    return steps, "ugly", "ignore", "sales"


def sc_hostile_connected(r):
    steps = [("invitation_accepted", None, None)] if r.random() < 0.5 else []
    steps += [("message", "sales", d(1, 20)), ("message", "hostile_conn", d(3, 15))]
    return steps, "ugly", "remove", "sales"


def sc_only_pitches(r):
    steps = [("message", "sales", None), ("message", "sales", d(10, 70))]
    if r.random() < 0.4:
        steps.append(("message", "sales", d(10, 70)))
    return steps, "bad", "remove", "sales"


def sc_single_pitch(r):
    return [("message", "sales", None)], "bad", "none", "sales"


def sc_connection_value(r):
    steps = [("endorsement", None, None)] if r.random() < 0.25 else []
    steps.append(("message", "value_msg", d(1, 30)))
    if r.random() < 0.5:
        steps.append(("message", "value_msg", d(10, 90)))
    return steps, "good", "none", "good"


def sc_recruiter(r):
    steps = [("inmail", "recruiter", None)]
    if r.random() < 0.15:
        steps.append(("inmail", "recruiter", d(20, 60)))
    return steps, "good", "none", "good"


def sc_sales_inmail(r):
    steps = [("inmail", "sales", None)]
    if r.random() < 0.3:
        steps.append(("inmail", "sales", d(7, 30)))
    return steps, "bad", "none", "sales"


def sc_good_turns_ugly(r):
    steps = [("invitation", "value_invite", None), ("message", "value_msg", d(4, 30))]
    turn = r.choice(["pitch", "pitch", "endorse_back"])
    if turn == "endorse_back":
        steps += [("endorsement", None, d(20, 80)), ("message", "endorse_back", d(0, 3))]
    else:
        steps.append(("message", "pitch", d(20, 90)))
    return steps, "ugly", "remove", "good"


def sc_reinvite_bad(r):
    first = r.choice([[("inmail", "sales", None)], [("invitation", "default", None)], [("invitation", "sales", None), ("invitation_reminder", "same", d(6, 14))]])
    return first + [("invitation", r.choice(["value_invite", "pretext", "sales"]), d(60, 240))], "bad", "ignore", "sales"


def sc_reinvite_ugly(r):
    if r.random() < 0.5:
        first = [("invitation", r.choice(["sales", "default"]), None), ("inmail", "hostile", d(8, 30))]
    else:
        first = [("inmail", "pretext", None), ("inmail", "pitch", d(5, 25))]
    return first + [("invitation", r.choice(["value_invite", "pretext"]), d(60, 240))], "ugly", "ignore", "sales"


def sc_invited_once(r):
    return [("invitation_accepted", None, None), ("message", r.choice(["sales", "pitch"]), d(1, 25))], "bad", "none", "sales"


def sc_invited_twice(r):
    return [("invitation_accepted", None, None), ("message", "sales", d(1, 25)), ("message", "sales", d(10, 60))], "bad", "remove", "sales"


def sc_invited_value(r):
    return [("invitation_accepted", None, None), ("message", "value_msg", d(2, 40))], "good", "none", "good"


def sc_acceptance_only(r):
    return [("invitation_accepted", None, None)], "", "none", r.choice(["good", "sales"])


def sc_lone_endorsement(r):
    return [("endorsement", None, None)], "", "none", r.choice(["good", "sales"])


SCENARIOS = [
    ("good_invitation", 18, sc_good_invitation),
    ("default_invitation", 16, sc_default_invitation),
    ("sales_invitation", 15, sc_sales_invitation),
    ("bait_and_switch_invitation", 15, sc_bait_invite),
    ("bait_and_switch_inmail", 11, sc_bait_inmail),
    ("endorse_me_back", 11, sc_endorse_back),
    ("hostility_after_decline", 11, sc_hostile_pending),
    ("hostility_connection", 5, sc_hostile_connected),
    ("connection_only_pitches", 10, sc_only_pitches),
    ("single_pitch", 10, sc_single_pitch),
    ("connection_brings_value", 10, sc_connection_value),
    ("stranger_inmail_recruiter", 10, sc_recruiter),
    ("stranger_inmail_sales", 10, sc_sales_inmail),
    ("good_turns_ugly", 8, sc_good_turns_ugly),
    ("reinvite_known_bad", 6, sc_reinvite_bad),
    ("reinvite_known_ugly", 6, sc_reinvite_ugly),
    ("user_invited_pitch_once", 8, sc_invited_once),
    ("user_invited_pitch_twice", 8, sc_invited_twice),
    ("user_invited_value", 5, sc_invited_value),
    ("acceptance_only", 4, sc_acceptance_only),
    ("lone_endorsement", 4, sc_lone_endorsement),
]


class Corpus:
    def __init__(self, seed: int = SEED):
        self.g = Gen(seed)
        self.b = Builder(self.g)
        self.li = LinkedInMail(self.g, self.b)
        self.mails: list[Mail] = []
        self.people: list[Person] = []
        self.spoof_people: list[Person] = []
        self.counter: dict[str, int] = {}

    def fname(self, prefix: str, short: str, kind: str) -> str:
        n = self.counter.get(prefix, 0) + 1
        self.counter[prefix] = n
        return f"{prefix}_{n}_{short}_{kind}.eml"

    # ------------------------------------------------------------- one LinkedIn mail
    def li_mail(self, p: Person, kind: str, date: datetime, shown: str, note: str | None, no_note: bool = False, skill: str = "",
                recruiter: bool = False, inmail_subject: str = "", prefix: str = "", short: str = "") -> Mail:
        g = self.g
        tpl = TEMPLATES["recruiter" if (kind == "inmail" and recruiter) else kind]
        if kind in ("invitation", "invitation_reminder") and p.era == "2016":
            profile = g.url_profile_id(p, tpl)
        elif p.era == "2016" and g.r.random() < 0.25:
            profile = g.url_profile_id(p, tpl)
        else:
            profile = g.url_profile_vanity(p, tpl)
        subject, text, html, tpl = self.li.render(kind=kind, lang=p.lang, era=p.era, date=date, name=shown, headline=p.headline, location=p.location,
                                                  profile=profile, note=note, no_note=no_note, skill=skill, inmail_subject=inmail_subject, recruiter=recruiter)
        disp, addr, cls = self.li.sender(kind, p.era, shown, recruiter)
        reply_to = enc_addr(shown, f"{g.rs(8, 'abcdef0123456789')}-{g.rs(4, 'abcdef0123456789')}-{g.rs(4, 'abcdef0123456789')}-{g.rs(12, 'abcdef0123456789')}@reply.linkedin.com") if kind == "inmail" else None
        top = self.b.genuine_auth(p.era, date)
        cte = self.b.pick_cte()
        html_only = g.r.random() < 0.12
        data = self.b.assemble(top=top, from_=enc_addr(disp, addr), subject=subject, date_str=Gen.fmt_date(date, p.era, g.r.choice([0, 0, 0, 1, 2])),
                               msgid=self.b.message_id(p.era), text=None if html_only else text, html=html, cte=cte,
                               extra=self.li.li_headers(p.era, cls, tpl, date), reply_to=reply_to)
        return Mail(self.fname(prefix, short, kind), data, kind, True, "", shown, "", p.lang, date)

    # ------------------------------------------------------------------ the people
    def make_people(self):
        g = self.g
        for scenario, count, fn in SCENARIOS:
            offset = g.r.randrange(5)
            for i in range(count):
                lang = LANGS[(i + offset) % 5]
                steps, verdict, rec, hkind = fn(g.r)
                era = None
                if any(c == "nonote" for _, c, _ in steps):
                    era = "cur"
                p = self.person_story(scenario, lang, era, steps, verdict, rec, hkind)
                self.people.append(p)

    def person_story(self, scenario, lang, era, steps, verdict, rec, hkind) -> Person:
        g = self.g
        p = g.person(lang, hkind, era)
        p.scenario, p.verdict, p.recommendation = scenario, verdict or "none", rec
        p.folder = FOLDER_OF[verdict]
        short = {"good_invitation": "good_invite", "default_invitation": "default_invite", "sales_invitation": "sales_invite",
                 "bait_and_switch_invitation": "bait_invite", "bait_and_switch_inmail": "bait_inmail"}.get(scenario, scenario.replace("_", "-"))
        date = g.start_date(p.era)
        last_note = endorsed = None
        use_variant = g.r.random() < 0.35 and len(steps) > 1
        recruiter = scenario == "stranger_inmail_recruiter"
        prefix = f"p{p.pid:03d}"
        for idx, (kind, cat, gap) in enumerate(steps):
            if gap:
                date = date + timedelta(days=g.r.randint(*gap), seconds=g.r.randint(0, 40000))
            shown = g.variant(p) if (use_variant and idx > 0 and g.r.random() < 0.7) else p.name
            if shown != p.name:
                p.variants.append(shown)
            note, no_note, skill, subj = None, False, "", ""
            if kind == "invitation":
                if cat == "nonote":
                    no_note = True
                    last_note = None
                elif cat == "default":
                    note = g.r.choice(L[p.note_lang]["defaults"])
                    if p.era == "cur" and g.r.random() < 0.5:
                        note = L[p.note_lang]["hi"].format(first=FIRST) + " " + note
                    last_note = None
                else:
                    note = g.note(p, cat)
                    last_note = note
            elif kind == "invitation_reminder":
                note = last_note if (last_note and g.r.random() < 0.6) else None
            elif kind in ("message", "inmail"):
                skill = endorsed if (endorsed and p.note_lang == p.lang) else g.r.choice(L[p.note_lang]["skills"])
                note = g.note(p, cat, skill)
                if kind == "inmail":
                    subj = g.r.choice(INMAIL_SUBJECTS[p.note_lang][{"hostile_conn": "hostile"}.get(cat, cat)])
            elif kind == "endorsement":
                skill = endorsed = g.r.choice(L[p.lang]["skills"])
            m = self.li_mail(p, kind, date, shown, note, no_note, skill, recruiter, subj, prefix, short)
            m.scenario, m.folder = scenario, p.folder
            self.mails.append(m)
        return p
# ------------------------------------------------------------------------ spoofs
SPOOF_METHODS = ["lookalike:linkedln.com", "lookalike:linkedin-mail.co", "lookalike:xn--linkedn-dza.com", "lookalike:xn--lnkedin-rfb.com",
                 "lookalike:linkedin.com.evil.example", "lookalike:linkedin.com.secure-notify.example", "lookalike:linkedinmail.net", "lookalike:e-linkedin.info",
                 "display:gmail.com", "display:tradeco-supplies.example", "display:outlook.com", "dkimfail", "dkimfail", "nodkim", "noauth",
                 "untrusted:mx.example.org", "untrusted:mx.google.com", "untrusted:mx.example.net.relay-gw.example", "buried", "wrongpass"]

SECURITY_PHISH = {
"en": ("Your account has been temporarily restricted", "We detected unusual sign-in activity on your account. To keep your account, verify your identity within 24 hours:"),
"de": ("Ihr Konto wurde vorübergehend eingeschränkt", "Wir haben ungewöhnliche Anmeldeaktivitäten festgestellt. Bitte bestätigen Sie innerhalb von 24 Stunden Ihre Identität:"),
"fr": ("Votre compte a été temporairement restreint", "Nous avons détecté une activité de connexion inhabituelle. Vérifiez votre identité sous 24 heures :"),
"es": ("Tu cuenta ha sido restringida temporalmente", "Hemos detectado un inicio de sesión inusual. Verifica tu identidad en las próximas 24 horas:"),
"it": ("Il tuo account è stato temporaneamente limitato", "Abbiamo rilevato un accesso insolito. Verifica la tua identità entro 24 ore:"),
}
PHISH_NOTES = {
"en": ["Hello, please review the attached business proposal and confirm receipt via the secure link.", "Dear Sir/Madam, I have an urgent partnership opportunity for you. Kindly reply.", "Hi, I sent you a document through LinkedIn Secure Share, log in to view it."],
"de": ["Guten Tag, bitte prüfen Sie das beigefügte Angebot und bestätigen Sie über den sicheren Link.", "Hallo, ich habe Ihnen ein Dokument über LinkedIn Secure Share gesendet, bitte melden Sie sich an."],
"fr": ["Bonjour, merci de consulter la proposition ci-jointe et de confirmer via le lien sécurisé.", "Bonjour, je vous ai partagé un document via LinkedIn Secure Share, connectez-vous pour le voir."],
"es": ["Hola, revisa la propuesta adjunta y confirma la recepción en el enlace seguro.", "Hola, te he compartido un documento por LinkedIn Secure Share, inicia sesión para verlo."],
"it": ["Buongiorno, controlli la proposta allegata e confermi tramite il link sicuro.", "Ciao, ti ho condiviso un documento tramite LinkedIn Secure Share, accedi per vederlo."],
}


def spoof_auth(b: Builder, method: str, date: datetime, from_domain: str) -> list[tuple[str, str]]:
    g = b.g
    ip = f"{g.r.choice([185, 45, 91, 194])}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}.{g.r.randint(1, 254)}"
    helo = f"mail.{from_domain}" if "linkedin.com" != from_domain else g.r.choice(["smtp.bulk-relay.example", "vps-2231.hosting.example"])
    kind, _, arg = method.partition(":")
    if kind == "lookalike":
        ar = g.r.choice([f"mx.example.net; dkim=pass header.i=@{from_domain} header.s=s1 header.b={g.rs(8)}; spf=pass smtp.mailfrom=bounce.{from_domain}; dmarc=pass header.from={from_domain}",
                         f"mx.example.net; dkim=none; spf=pass (mx.example.net: domain of {from_domain} designates {ip} as permitted sender) smtp.mailfrom={from_domain}; dmarc=none header.from={from_domain}"])
        return b.transport(ar, date, ip, helo, [(from_domain, "s1")])
    if kind == "display":
        ar = (f"mx.example.net; dkim=pass header.i=@{from_domain} header.s=20230601 header.b={g.rs(8)}; spf=pass smtp.mailfrom={from_domain}; dmarc=pass header.from={from_domain}"
              if g.r.random() < 0.6 else f"mx.example.net; dkim=none; spf=neutral smtp.mailfrom={from_domain}; dmarc=none header.from={from_domain}")
        return b.transport(ar, date, ip, helo, [(from_domain, "20230601")] if "dkim=pass" in ar else [])
    if kind == "dkimfail":
        ar = (f"mx.example.net;\n\tdkim=fail (signature did not verify) header.i=@linkedin.com header.s=d2048-202308-00 header.b={g.rs(8)};\n"
              f"\tspf=fail (mx.example.net: domain of invitations@linkedin.com does not designate {ip} as permitted sender) smtp.mailfrom=invitations@linkedin.com;\n"
              f"\tdmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=linkedin.com")
        return b.transport(ar, date, ip, helo, [("linkedin.com", "d2048-202308-00")])
    if kind == "nodkim":
        return b.transport("mx.example.net; dkim=none (message not signed); spf=softfail smtp.mailfrom=linkedin.com; dmarc=fail (p=REJECT) header.from=linkedin.com", date, ip, helo, [])
    if kind == "noauth":
        return b.transport([], date, ip, helo, [])
    if kind == "untrusted":
        passing = f"{arg}; dkim=pass header.i=@linkedin.com header.s=d2048-202308-00 header.b={g.rs(8)}; spf=pass smtp.mailfrom=bounce.linkedin.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=linkedin.com"
        if arg == "mx.google.com":
            return b.transport(["mx.example.net; dkim=none; spf=softfail smtp.mailfrom=linkedin.com; dmarc=fail header.from=linkedin.com", passing], date, ip, helo, [("linkedin.com", "d2048-202308-00")])
        return b.transport(passing, date, ip, helo, [("linkedin.com", "d2048-202308-00")])
    if kind == "buried":
        hdrs = b.transport("mx.example.net; dkim=fail header.i=@linkedin.com; spf=fail smtp.mailfrom=linkedin.com; dmarc=fail header.from=linkedin.com", date, ip, helo, [])
        hdrs.append(("Authentication-Results", "mx.example.net; dkim=pass header.i=@linkedin.com header.s=d2048-202308-00; spf=pass; dmarc=pass header.from=linkedin.com"))
        return hdrs
    if kind == "wrongpass":
        ar = f"mx.example.net; dkim=pass header.i=@linkedin-mail.co header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom=linkedin-mail.co; dmarc=fail (p=REJECT) header.from=linkedin.com"
        return b.transport(ar, date, ip, helo, [("linkedin-mail.co", "k1")])
    raise ValueError(method)


class Extra(Corpus):
    def make_spoofs(self, n: int = 44):
        g = self.g
        borrow_pool = [p for p in self.people if p.verdict in ("good",)] + [p for p in self.people if p.verdict in ("bad", "ugly")][:6]
        g.r.shuffle(borrow_pool)
        kinds = ["invitation", "invitation", "message", "inmail", "security", "invitation", "message", "other"]
        for i in range(n):
            method = SPOOF_METHODS[i % len(SPOOF_METHODS)]
            kind = kinds[i % len(kinds)]
            lang = LANGS[(i * 3) % 5]
            era = "cur" if g.r.random() < 0.75 else "2016"
            real = None
            if kind in ("invitation", "message", "inmail") and i % 3 != 2 and borrow_pool:
                real = borrow_pool.pop()
                p = Person(real.pid, real.name, real.lang, real.note_lang, real.era, real.headline, real.location, real.vanity, real.member_id)
                lang, era = real.lang, real.era
            elif kind in ("invitation", "message", "inmail"):
                p = g.person(lang, "sales", era)
                self.spoof_people.append(p)
            else:
                p = None
            date = g.start_date(era) if real is None else g.start_date(real.era)
            mkind, _, arg = method.partition(":")
            if mkind in ("lookalike",):
                domain = arg
            elif mkind == "display":
                domain = arg
            else:
                domain = "linkedin.com"
            # sender
            if kind == "security":
                local, disp = "security-noreply", "LinkedIn"
            elif kind == "other":
                local, disp = "messages-noreply", "LinkedIn"
            else:
                local = {"invitation": "invitations", "message": "messages-noreply", "inmail": "inmail-hit-reply"}[kind]
                disp = p.name if (era == "2016" or kind == "inmail") else f"{p.name} via LinkedIn"
            if mkind == "display":
                local = g.r.choice(["linkedin.notifications", "noreply", "info", "support-team"])
                disp = g.r.choice(["LinkedIn", "LinkedIn Connections", "LinkedIn Security", "LinkedIn Messaging"]) if kind in ("security", "other") or g.r.random() < 0.6 else g.r.choice([f"{p.name} | LinkedIn", f"{p.name} via LinkedIn"])
            addr = f"{local}@{domain}"
            off_site = mkind in ("lookalike", "display") or g.r.random() < 0.5
            host = domain if mkind == "lookalike" else g.r.choice(["linkedin-verify.vn", "forumx-connect.example", "lnkd-secure.example"])
            rname = RECIPIENT[0] if g.r.random() < 0.6 else g.r.choice(["Alexander Morgenstern", "Member", "alex.morgan"])
            if kind in ("invitation", "message", "inmail"):
                # a pitch or a phish in someone's name
                if g.r.random() < 0.6:
                    note = g.note(p, g.r.choice(["sales", "pitch"]))
                else:
                    note = g.r.choice(PHISH_NOTES[p.note_lang])
                subject, text, html, tpl = self.li.render(kind=kind, lang=lang, era=era, date=date, name=p.name, headline=p.headline, location=p.location,
                                                          profile=(f"https://{host}/in/{p.vanity}" if off_site else g.url_profile_vanity(p, TEMPLATES[kind])),
                                                          note=note, inmail_subject=g.r.choice(INMAIL_SUBJECTS[lang]["sales"]), rname=rname,
                                                          link_host=host if off_site else None)
                person = p.name
            elif kind == "security":
                subject, line = SECURITY_PHISH[lang]
                url = f"https://{host}/checkpoint/verify?id={g.rs(20)}"
                w = L[lang]
                text = f"{w['hi'].format(first=FIRST)}\n\n{line}\n{url}\n\n{w['intended'].format(rname=rname, rheadline=w['rheadline'])}\n© {date.year} LinkedIn Corporation"
                html = html_doc(era, line, [("p", w["hi"].format(first=FIRST)), ("p", line)], [("Verify" if lang == "en" else w["view"], url)], [escape(w["intended"].format(rname=rname, rheadline=w["rheadline"]))])
                tpl, person = "email_security_01", ""
            else:
                w = L[lang]
                subject = {"en": "You have 4 unread messages", "de": "Sie haben 4 ungelesene Nachrichten", "fr": "Vous avez 4 messages non lus",
                           "es": "Tienes 4 mensajes sin leer", "it": "Hai 4 messaggi non letti"}[lang]
                url = f"https://{host}/messaging/?login={g.rs(16)}"
                text = f"{w['hi'].format(first=FIRST)}\n\n{subject}.\n{w['view_msg']}: {url}\n\n© {date.year} LinkedIn Corporation"
                html = html_doc(era, subject, [("p", w["hi"].format(first=FIRST)), ("p", subject)], [(w["view_msg"], url)], ["© LinkedIn Corporation"])
                tpl, person = "email_messaging_digest_01", ""
            top = spoof_auth(self.b, method, date, domain if mkind in ("lookalike", "display") else "linkedin.com")
            extra = self.li.li_headers(era, "EMAIL-DEFAULT", tpl, date) if g.r.random() < 0.6 else []
            mid_domain = None if g.r.random() < 0.5 else g.r.choice([domain, "mailer.bulk-relay.example"])
            data = self.b.assemble(top=top, from_=enc_addr(disp, addr), subject=subject, date_str=Gen.fmt_date(date, era, 1), msgid=self.b.message_id(era, mid_domain),
                                   text=None if g.r.random() < 0.2 else text, html=html, cte=self.b.pick_cte(), extra=extra)
            m = Mail(self.fname(f"s{i + 1:03d}", "spoof-" + method.replace(":", "-").replace(".", "-"), kind), data, {"security": "other"}.get(kind, kind),
                     True, "suspicious", person, "spoof_" + mkind, lang, date)
            m.split = real.split if real else ""
            self.mails.append(m)
# ------------------------------------------------------------ other LinkedIn mail
OTHER = {
"en": dict(job=("{n} new jobs for \"financial controller\"", "Your job alert for financial controller in {city}", "View job"),
           search=("{first}, you appeared in {n} searches this week", "You appeared in {n} searches this week. See who's looking."),
           views=("{first}, see who viewed your profile", "{n} people viewed your profile in the past 90 days."),
           pin=("{first}, here's your PIN", "Please use this verification code to complete your sign in: {pin}"),
           signin=("New sign-in to your LinkedIn account", "We noticed a new sign-in to your account from Chrome on Windows in {city}. If this was you, no action is needed."),
           pymk=("{first}, add {pname} - {phead}", "People you may know"),
           news=("Is the 4-day week coming to finance teams?", "Top stories for you from LinkedIn News"),
           group=("Top conversations in Finance & Controlling Professionals", "Here are the top conversations in your group this week"),
           premium=("{first}, try Premium free for 1 month", "See who's viewed your profile and stand out to recruiters with Premium."),
           newsletter=("The Controller's Notebook: closing the books in three days", "New edition of a newsletter you subscribed to")),
"de": dict(job=("{n} neue Jobs für „Controller“", "Ihr Jobalarm für Controller in {city}", "Job anzeigen"),
           search=("{first}, Sie wurden diese Woche in {n} Suchen gefunden", "Sie wurden diese Woche in {n} Suchen gefunden. Sehen Sie, wer sucht."),
           views=("{first}, sehen Sie, wer Ihr Profil angesehen hat", "{n} Personen haben sich in den letzten 90 Tagen Ihr Profil angesehen."),
           pin=("{first}, hier ist Ihre PIN", "Bitte verwenden Sie diesen Bestätigungscode, um die Anmeldung abzuschließen: {pin}"),
           signin=("Neue Anmeldung bei Ihrem LinkedIn Konto", "Wir haben eine neue Anmeldung bei Ihrem Konto über Chrome unter Windows in {city} festgestellt. Wenn Sie das waren, müssen Sie nichts tun."),
           pymk=("{first}, fügen Sie {pname} hinzu – {phead}", "Personen, die Sie vielleicht kennen"),
           news=("Kommt die Vier-Tage-Woche in die Finanzabteilung?", "Top-Meldungen von LinkedIn News für Sie"),
           group=("Top-Unterhaltungen in Controlling & Finanzen", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
           premium=("{first}, testen Sie Premium 1 Monat gratis", "Sehen Sie, wer Ihr Profil besucht hat, und fallen Sie Recruitern auf."),
           newsletter=("Controlling kompakt: Abschluss in drei Tagen", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
"fr": dict(job=("{n} nouvelles offres pour « contrôleur de gestion »", "Votre alerte emploi pour contrôleur de gestion à {city}", "Voir l'offre"),
           search=("{first}, vous êtes apparu dans {n} recherches cette semaine", "Vous êtes apparu dans {n} recherches cette semaine."),
           views=("{first}, découvrez qui a consulté votre profil", "{n} personnes ont consulté votre profil au cours des 90 derniers jours."),
           pin=("{first}, voici votre code PIN", "Utilisez ce code de vérification pour terminer votre connexion : {pin}"),
           signin=("Nouvelle connexion à votre compte LinkedIn", "Nous avons remarqué une nouvelle connexion depuis Chrome sous Windows à {city}. Si c'était vous, aucune action n'est requise."),
           pymk=("{first}, ajoutez {pname} - {phead}", "Vous connaissez peut-être"),
           news=("La semaine de quatre jours arrive-t-elle en finance ?", "Les actualités du jour de LinkedIn News"),
           group=("Meilleures discussions dans Contrôle de gestion & Finance", "Voici les meilleures discussions de votre groupe cette semaine"),
           premium=("{first}, essayez Premium gratuitement pendant 1 mois", "Découvrez qui a consulté votre profil avec Premium."),
           newsletter=("Le carnet du contrôleur : clôturer en trois jours", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
"es": dict(job=("{n} empleos nuevos de «controller financiero»", "Tu alerta de empleo de controller financiero en {city}", "Ver empleo"),
           search=("{first}, has aparecido en {n} búsquedas esta semana", "Has aparecido en {n} búsquedas esta semana."),
           views=("{first}, descubre quién ha visto tu perfil", "{n} personas han visto tu perfil en los últimos 90 días."),
           pin=("{first}, este es tu PIN", "Usa este código de verificación para completar el inicio de sesión: {pin}"),
           signin=("Nuevo inicio de sesión en tu cuenta de LinkedIn", "Hemos detectado un nuevo inicio de sesión desde Chrome en Windows en {city}. Si fuiste tú, no tienes que hacer nada."),
           pymk=("{first}, añade a {pname} - {phead}", "Personas que quizá conozcas"),
           news=("¿Llega la semana de cuatro días a los departamentos financieros?", "Noticias destacadas de LinkedIn Noticias"),
           group=("Conversaciones destacadas en Control de Gestión y Finanzas", "Estas son las conversaciones más destacadas de tu grupo"),
           premium=("{first}, prueba Premium gratis durante 1 mes", "Descubre quién ha visto tu perfil con Premium."),
           newsletter=("El cuaderno del controller: cerrar en tres días", "Nueva edición de un boletín al que estás suscrito")),
"it": dict(job=("{n} nuove offerte per «controller»", "Il tuo avviso di lavoro per controller a {city}", "Visualizza offerta"),
           search=("{first}, sei apparso in {n} ricerche questa settimana", "Sei apparso in {n} ricerche questa settimana."),
           views=("{first}, scopri chi ha visitato il tuo profilo", "{n} persone hanno visitato il tuo profilo negli ultimi 90 giorni."),
           pin=("{first}, ecco il tuo PIN", "Usa questo codice di verifica per completare l'accesso: {pin}"),
           signin=("Nuovo accesso al tuo account LinkedIn", "Abbiamo rilevato un nuovo accesso da Chrome su Windows a {city}. Se eri tu, non devi fare nulla."),
           pymk=("{first}, aggiungi {pname} - {phead}", "Persone che potresti conoscere"),
           news=("La settimana corta arriva anche in finanza?", "Le notizie principali di LinkedIn Notizie"),
           group=("Conversazioni principali in Controllo di Gestione & Finanza", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
           premium=("{first}, prova Premium gratis per 1 mese", "Scopri chi ha visitato il tuo profilo con Premium."),
           newsletter=("Il taccuino del controller: chiudere in tre giorni", "Nuova edizione di una newsletter a cui sei iscritto")),
}
OTHER_SENDERS = {"job": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "SAVEDSEARCH", "email_job_alert_digest_01"),
                 "search": ("LinkedIn", "notifications-noreply@linkedin.com", "EMAIL-DEFAULT", "email_weekly_analytics_recap_v2"),
                 "views": ("LinkedIn", "notifications-noreply@linkedin.com", "EMAIL-DEFAULT", "email_wvmp_01"),
                 "pin": ("LinkedIn", "security-noreply@linkedin.com", "EMAIL-DEFAULT", "email_security_pin_01"),
                 "signin": ("LinkedIn", "security-noreply@linkedin.com", "EMAIL-DEFAULT", "email_security_new_signin_01"),
                 "pymk": ("LinkedIn", "messages-noreply@linkedin.com", "EMAIL-DEFAULT", "email_pymk_02"),
                 "news": ("LinkedIn News", "editors-noreply@linkedin.com", "EMAIL-DEFAULT", "email_editorial_suggested_top_conversations_01"),
                 "group": ("LinkedIn", "groups-noreply@linkedin.com", "EMAIL-DEFAULT", "email_groups_recommended_by_admin_01"),
                 "premium": ("LinkedIn", "linkedin@e.linkedin.com", None, "email_premium_upsell_01"),
                 "newsletter": (None, "newsletters-noreply@linkedin.com", "EMAIL-DEFAULT", "email_series_follow_01")}
JOBS = [("Financial Controller", "Kestrel Partners"), ("Head of FP&A", "Veltra"), ("Group Controller (m/w/d)", "Solvent AG"), ("Senior Controller", "Tessaly"), ("Finance Manager", "Norbridge")]


class Full(Extra):
    def make_other(self, n: int = 40):
        g = self.g
        types = list(OTHER_SENDERS)
        for i in range(n):
            t = types[i % len(types)]
            lang = LANGS[(i * 2 + i // len(types)) % 5]
            era = "2016" if (g.r.random() < 0.25 and t not in ("premium", "newsletter", "news")) else "cur"
            date = g.start_date(era)
            w, o = L[lang], OTHER[lang]
            city = g.r.choice(CITY[lang])
            pname = "{} {}".format(g.r.choice(NAMES[lang][0]), g.r.choice(NAMES[lang][1]))
            subj, line = o[t][0], o[t][1]
            fmt = dict(first=FIRST, n=g.r.randint(3, 48), city=city, pin=g.r.randint(100000, 999999), pname=pname, phead=g.r.choice(HEADLINES["good"]).format(co=g.r.choice(COMPANIES["good"])))
            subj, line = subj.format(**fmt), line.format(**fmt)
            disp, addr, cls, tpl = OTHER_SENDERS[t]
            if t == "newsletter":
                disp = f"{pname} via LinkedIn"
            blocks = [("p", w["hi"].format(first=FIRST)), ("p", line)]
            text = f"{w['hi'].format(first=FIRST)}\n\n{line}\n\n"
            buttons = []
            if t == "job":
                for title, co in g.r.sample(JOBS, 3):
                    url = f"https://www.linkedin.com/comm/jobs/view/{g.digits(10)}/?trackingId={g.rs(22)}%3D%3D&refId={g.rs(22)}%3D%3D&lipi=urn%3Ali%3Apage%3Aemail_{tpl}%3B{g.rs(22)}%3D%3D&midToken={g.mid()}"
                    text += f"{title}\n{co}\n{city}\n{o['job'][2]}: {url}\n\n---------------------------------------------------------\n\n"
                    blocks += [("name", title), ("grey", f"{co} · {city}")]
                    buttons.append((o["job"][2], url))
            elif t == "newsletter":
                text += f"{pname}\n{subj}\n\nRead: https://www.linkedin.com/comm/pulse/{strip_accents(subj).lower().replace(' ', '-').replace(':', '')[:40]}-{g.rs(6, string.ascii_lowercase)}\n\n"
                buttons.append(("Read", f"https://www.linkedin.com/comm/pulse/{g.rs(12, string.ascii_lowercase)}"))
            elif t == "pymk":
                buttons.append(("Connect", f"https://www.linkedin.com/comm/mynetwork/discovery-see-all?usecase=PEOPLE_YOU_MAY_KNOW&midToken={g.mid()}"))
                text += f"{pname}\n{fmt['phead']}\nhttps://www.linkedin.com/comm/mynetwork/\n\n"
            else:
                buttons.append((w["view"] if t in ("views", "search") else "LinkedIn", f"https://www.linkedin.com/comm/{'me/profile-views' if t in ('views', 'search') else 'feed'}/?midToken={g.mid()}&trk=eml-{tpl}-cta"))
                text += f"{buttons[0][1]}\n\n"
            footer_t, footer_h = self.li.footer(lang, era, "recv", tpl, date.year)
            text += footer_t
            html = html_doc(era, line, blocks, buttons, footer_h, g.r.choice([0, 80]) if era == "cur" else 0)
            dkim_domain = "e.linkedin.com" if addr.endswith("@e.linkedin.com") else "linkedin.com"
            top = self.b.genuine_auth(era, date, dkim_domain)
            data = self.b.assemble(top=top, from_=enc_addr(disp, addr), subject=subj, date_str=Gen.fmt_date(date, era, g.r.choice([0, 1])),
                                   msgid=self.b.message_id(era), text=None if g.r.random() < 0.1 else text, html=html, cte="8bit" if t == "job" else self.b.pick_cte(),
                                   extra=self.li.li_headers(era, cls, tpl, date))
            self.mails.append(Mail(self.fname(f"o{i + 1:03d}", "other", t), data, "other", True, "other", "", "other_linkedin_" + t, lang, date))

    def make_foreign(self):
        """Mail that is not from LinkedIn but talks about it: never touched."""
        g = self.g
        items = [
            ("Maria Jensen", "maria.jensen@example.net", "Saw your post on LinkedIn", "Hi Alex,\n\nsaw your LinkedIn post about the faster close – nice! Can we go through it at the team meeting on Friday?\n\nMaria", "en"),
            ("Hays Recruitment", "jobs@hays-mail.example", "Your profile on LinkedIn – Group Controller role", "Dear Alex,\n\nI found your profile on LinkedIn and would like to discuss a Group Controller position with you. Please reply to this email or call me.\n\nBest regards\nOliver Grant", "en"),
            ("Finance Summit 2025", "news@financesummit.example", "Speakers announced – follow us on LinkedIn", "The programme is live! Follow us on LinkedIn and Twitter for updates.\nhttps://www.linkedin.com/company/finance-summit\n\nEarly-bird tickets end Friday.", "en"),
            ("Peter Wallace", "peter.wallace@example.net", "Fwd: I want to connect", "FYI – this guy also tried to connect with me on LinkedIn. Do you know him?\n\n---------- Forwarded message ---------\nFrom: Marco Ferrante via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHi Peter, I help finance teams close faster...", "en"),
            ("Eventbrite", "noreply@eventbrite.example", "Your ticket: LinkedIn Local Frankfurt", "Hi Alex, you're going to LinkedIn Local Frankfurt on 12 June. Show this ticket at the door.", "en"),
            ("Google Calendar", "calendar-notification@google.example", "Invitation: LinkedIn profile review with HR @ Tue 3pm", "You have been invited to: LinkedIn profile review with HR\nWhen: Tuesday 15:00 – 15:30\nOrganizer: hr@example.net", "en"),
            ("CFO Weekly", "newsletter@cfoweekly.example", "5 LinkedIn habits of top controllers", "This week: how top finance leaders use LinkedIn to build their teams, plus the IFRS 18 timeline.\n\nUnsubscribe: https://cfoweekly.example/u", "en"),
            ("Sandra Holt", "sandra@growthleads.example", "We connected on LinkedIn", "Hi Alex,\n\nwe connected on LinkedIn a while ago. I wanted to follow up personally: we help finance teams automate AP. 15 minutes next week?\n\nSandra", "en"),
            ("IT Service Desk", "servicedesk@example.net", "Reminder: don't accept LinkedIn requests from unknown people", "Dear colleagues, we see a rise in fake LinkedIn invitations. Never log in through links in such mails. Report them to security@example.net.", "en"),
            ("ACCA", "members@acca-mail.example", "Your CPD record – share your achievement on LinkedIn", "Congratulations, your CPD record for this year is complete. Add the certificate to your LinkedIn profile!", "en"),
            ("Thomas Brandt", "t.brandt@example.net", "LinkedIn-Profil von Frau Köhler", "Hallo Alex,\n\nhier der Link zum LinkedIn-Profil der Kandidatin für die Controlling-Stelle: https://www.linkedin.com/in/anja-koehler-7731\n\nGruß\nThomas", "de"),
            ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Stefan Vogt", "Hallo Alex Morgan, Stefan Vogt möchte sich mit Ihnen auf XING vernetzen. Sie finden ihn auch auf LinkedIn.", "de"),
            ("ICV Newsletter", "newsletter@icv-controlling.example", "ICV-News: Folgen Sie uns jetzt auch auf LinkedIn", "Liebe Mitglieder, der ICV ist jetzt auch auf LinkedIn aktiv. Neue Termine für Arbeitskreise finden Sie im Mitgliederbereich.", "de"),
            ("Personalberatung Kühn", "info@kuehn-personal.example", "Ihr LinkedIn-Profil – vertrauliche Anfrage", "Sehr geehrter Herr Morgan,\n\nüber LinkedIn bin ich auf Ihr Profil aufmerksam geworden. Für eine vertrauliche Position als Leiter Controlling würde ich gern mit Ihnen sprechen.\n\nMit freundlichen Grüßen\nDr. Werner Kühn", "de"),
            ("Sophie Laurent", "sophie.laurent@example.net", "Profil LinkedIn du candidat", "Bonjour Alex,\n\nvoici le profil LinkedIn du candidat dont je t'ai parlé : https://www.linkedin.com/in/benoit-faure\nOn en parle demain ?\n\nSophie", "fr"),
            ("DFCG", "contact@dfcg-mail.example", "Congrès annuel : suivez-nous sur LinkedIn", "Le programme du congrès est en ligne. Rejoignez notre page LinkedIn pour suivre les annonces.", "fr"),
            ("Carlos Ruiz", "carlos.ruiz@example.net", "Te he recomendado en LinkedIn", "Hola Alex,\n\nte acabo de escribir una recomendación en LinkedIn por el proyecto de consolidación. ¡Gracias por todo!\n\nCarlos", "es"),
            ("Colegio de Economistas", "info@economistas.example", "Jornada gratuita: marca personal en LinkedIn", "Te invitamos a la jornada gratuita sobre marca personal en LinkedIn para profesionales financieros. Plazas limitadas.", "es"),
            ("Giulia Ferri", "giulia.ferri@example.net", "Il post su LinkedIn", "Ciao Alex,\n\nho visto il tuo post su LinkedIn sul budget 2026, lo condivido con il team di Milano.\n\nGiulia", "it"),
            ("Ordine dei Commercialisti", "segreteria@odcec.example", "Crediti formativi: webinar su LinkedIn per professionisti", "Il webinar gratuito «Usare LinkedIn in modo professionale» vale 2 crediti formativi. Iscrizioni aperte.", "it"),
            ("Workday", "workday@example.net", "Assigned course: Excel for Finance on LinkedIn Learning", "Your manager assigned you the course 'Excel for Finance' on LinkedIn Learning. Due date: 30 June.", "en"),
            ("GitHub", "noreply@github.example", "[finance-tools] New issue: import LinkedIn contacts CSV", "A new issue was opened by jdoe: support importing the LinkedIn connections export (Connections.csv).", "en"),
            ("Bank Support", "service@bank.example", "Security notice: fake LinkedIn job offers", "Criminals are using fake job offers on LinkedIn to recruit money mules. Never transfer money for a stranger.", "en"),
            ("Rebecca Stone", "rebecca.stone@partner.example", "Introduction via LinkedIn", "Hi Alex,\n\nTom said you'd be happy to chat about rolling forecasts – I sent you a LinkedIn request as well, but email is easier for me. Does Thursday work?\n\nRebecca", "en"),
            ("Amazon", "order-update@amazon.example", "Your order: 'LinkedIn for Dummies' has shipped", "Your package is on its way and arrives Thursday.", "en"),
            ("Mailchimp", "noreply@mc.example", "Campaign report: 'Follow us on LinkedIn' sent", "Your campaign was sent to 1,204 recipients. Opens: 41%. Clicks on the LinkedIn button: 88.", "en"),
            ("HR Team", "hr@example.net", "Bitte LinkedIn-Profil aktualisieren", "Liebe Kolleginnen und Kollegen, bitte aktualisiert eure Jobtitel auf LinkedIn nach der Umstrukturierung.", "de"),
            ("Nadia Benali", "nadia.benali@example.net", "Re: invitation LinkedIn", "Salut Alex, oui c'est bien moi qui t'ai invité sur LinkedIn, j'ai changé de poste ! Déjeuner la semaine prochaine ?", "fr"),
            ("Zoom", "no-reply@zoom.example", "Cloud recording available: LinkedIn strategy workshop", "The cloud recording of 'LinkedIn strategy workshop' is now available.", "en"),
            ("Trello", "do-not-reply@trello.example", "Card moved: 'Update company LinkedIn page'", "Maria Jensen moved the card 'Update company LinkedIn page' to Done.", "en"),
        ]
        for i, (name, addr, subj, body, lang) in enumerate(items):
            date = g.start_date("cur" if i % 5 else "2016")
            domain = addr.split("@")[1]
            if domain == "example.net":
                ar = "mx.example.net; dkim=pass header.i=@example.net header.s=mail; spf=pass smtp.mailfrom=example.net; dmarc=pass header.from=example.net"
            else:
                ar = g.r.choice([f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}",
                                 f"mx.example.net; dkim=none; spf=pass smtp.mailfrom={domain}; dmarc=none header.from={domain}"])
            top = self.b.transport(ar, date, f"203.0.113.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")] if "dkim=pass" in ar else [])
            html = None
            if g.r.random() < 0.4:
                html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n"
            data = self.b.assemble(top=top, from_=enc_addr(name, addr), subject=subj, date_str=Gen.fmt_date(date, "cur", 2), msgid=self.b.message_id("cur", domain),
                                   text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))
# ------------------------------------------------------------------- split, write
def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_corpus(seed: int = SEED) -> Full:
    c = Full(seed)
    c.make_people()
    # split by person, alternating inside each scenario so both halves cover every row
    by_scenario: dict[str, list[Person]] = {}
    for p in c.people:
        by_scenario.setdefault(p.scenario, []).append(p)
    flip = 0
    for scenario in sorted(by_scenario):
        group = by_scenario[scenario]
        c.g.r.shuffle(group)
        for p in group:
            p.split = ("dev", "test")[flip % 2]
            flip += 1
    split_of = {p.name: p.split for p in c.people}
    for m in c.mails:
        m.split = split_of[m.person] if m.person in split_of else next(p.split for p in c.people if m.person in p.variants)
    c.make_spoofs()
    for i, p in enumerate(c.spoof_people):
        p.split = ("dev", "test")[i % 2]
    spoof_split = {p.name: p.split for p in c.spoof_people}
    n = 0
    for m in c.mails:
        if not m.split:
            m.split = spoof_split.get(m.person) or ("dev", "test")[n % 2]
            n += 1
    c.make_other()
    c.make_foreign()
    seen: dict[str, int] = {}
    for m in c.mails:
        if not m.split:
            n = seen.get(m.scenario, 0)
            seen[m.scenario] = n + 1
            m.split = ("dev", "test")[n % 2]
    return c


def write(c: Full, out: Path) -> None:
    for split in ("dev", "test"):
        folder = out / split
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        lines = [f"# mailbot evaluation corpus, {split} split. Generated by scripts/make_corpus.py (seed {SEED}); do not edit by hand.",
                 "# folder: final folder after all mail here is processed in Date order. linkedin = false: not LinkedIn mail, never touched.", ""]
        mails = sorted((m for m in c.mails if m.split == split), key=lambda m: m.fname)
        for m in mails:
            (folder / m.fname).write_bytes(m.data)
            lines += [f"[{toml_str(m.fname)}]", f"kind = {toml_str(m.kind)}", f"linkedin = {'true' if m.linkedin else 'false'}",
                      f"folder = {toml_str(m.folder)}", f"person = {toml_str(m.person)}", f"scenario = {toml_str(m.scenario)}",
                      f"language = {toml_str(m.language)}", ""]
        for p in sorted((p for p in c.people + c.spoof_people if p.split == split), key=lambda p: p.name):
            spoof = p in c.spoof_people
            lines += [f"[people.{toml_str(p.name)}]", f"recommendation = {toml_str('none' if spoof else p.recommendation)}",
                      f"verdict = {toml_str('suspicious' if spoof else p.verdict)}", f"scenario = {toml_str('spoof' if spoof else p.scenario)}",
                      f"language = {toml_str(p.lang)}", ""]
        (folder / "expected.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus")
    args = ap.parse_args()
    c = build_corpus()
    write(c, args.out)
    from collections import Counter
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    for split in ("dev", "test"):
        print(f"  {split}: {sum(m.split == split for m in c.mails)} mails, {sum(p.split == split for p in c.people + c.spoof_people)} people")
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages:", dict(sorted(Counter(m.language for m in c.mails).items())))


if __name__ == "__main__":
    main()
