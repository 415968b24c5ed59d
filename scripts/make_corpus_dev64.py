#!/usr/bin/env python3
"""Write mailbot's sixty-fourth, independent development corpus: tests/corpus/dev64/*.eml + expected.toml.

The angle: the user Alex founded Moosrose, a direct-to-consumer cosmetics brand (natural
skincare) in Berlin that sells through its own shop and European marketplaces. Their LinkedIn
world: e-commerce and Shopify agencies, Amazon and marketplace consultants, 3PL and fulfilment
providers, influencer and affiliate networks, packaging and label suppliers, contract
manufacturers, investors and business angels (real ones and pay-to-pitch ones), other founders
swapping tips on 3PLs, packaging licences and customs, retail and department-store buyers,
beauty journalists, job applicants for advertised roles, regulatory experts, and the usual
endorse-me-back, hostility after a decline and bait and switch ("founder circle", "free
Stammtisch", "podcast guest", "nominated for an award", "free compliance summary").
English with Nordic, Dutch, Polish, Italian and French writers, and German in both registers:
the casual startup du and the formal Sie.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the other-LinkedIn subjects, the headlines of spoof-only names and PYMK suggestions,
the spoof methods used and the pitches that spoofs carry are swapped for this world in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev64.py              # writes tests/corpus/dev64
    python scripts/make_corpus_dev64.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260864

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Berlin D2C cosmetics founder's world (this process only)
SKILLS = {
    "en": ["E-Commerce", "Direct-to-Consumer (D2C)", "Brand Development", "Shopify", "Cosmetics", "Start-ups"],
    "de": ["E-Commerce", "Markenentwicklung", "Kosmetik", "Start-ups", "Onlinemarketing", "Unternehmensgründung"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["en"]["rheadline"] = "Founder & CEO at Moosrose | Natural skincare made in Berlin, shipped across Europe"
mc.L["de"]["rheadline"] = "Gründer:in & CEO bei Moosrose | Naturkosmetik aus Berlin für ganz Europa"
mc.LANGS[:] = ["en", "de", "en", "de", "en"]   # spoofs and other LinkedIn mail: English and German wording
mc.CITY["en"] = ["London", "Amsterdam", "Dublin", "Copenhagen", "Stockholm", "Berlin"]
mc.CITY["de"] = ["Berlin", "Hamburg", "München", "Köln", "Wien", "Leipzig"]
mc.JOBS[:] = [("Head of E-Commerce (m/w/d)", "Florale Naturkosmetik GmbH"), ("CRM & Retention Lead", "Tidewell Beauty"),
              ("Marketplace Manager DACH", "Kornblum Drogerie"), ("Performance Marketing Manager", "Soft Harbour Skincare"),
              ("Head of Operations, D2C", "Linden & Fig")]
mc.COMPANIES["good"] = ["Tidewell Beauty", "Florale Naturkosmetik", "Linden & Fig", "Haferwerk", "Kornblum Drogerie", "Northvale Ventures",
                        "Soft Harbour Skincare", "HWR Berlin"]
mc.COMPANIES["sales"] = ["ShipNest Fulfilment", "Glowlink", "Checkoutly", "ReviewBoost", "Parcelhaus", "Kettler Commerce", "Affluent Affiliates",
                         "ScaleRocket"]
mc.HEADLINES["good"] = ["Co-Founder at {co}", "Beauty Buyer | {co}", "Head of Brand at {co}", "Investor, Consumer | {co}",
                        "Operations Lead – {co}", "CRM Manager bei {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development @ {co}", "Founder & CEO at {co}", "Helping beauty brands scale | {co}",
                         "Head of Sales DACH | {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your Q4 peak", "Idea for Moosrose", "15 minutes?", "Scaling across the EU"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihr Weihnachtsgeschäft", "Idee für Moosrose", "15 Minuten?", "Expansion in die EU"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"head of e-commerce\"", "Your job alert for head of e-commerce in {city}", "View job"),
    news=("Are beauty shoppers leaving the high street for social commerce?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in DTC Beauty Founders Europe", "Here are the top conversations in your group this week"),
    newsletter=("The Margin Memo: what a return really costs a skincare brand", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Head of E-Commerce“", "Ihr Jobalarm für Head of E-Commerce in {city}", "Job anzeigen"),
    news=("Verliert die Drogerie die Gen Z an Onlineshops?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in D2C-Gründer:innen DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Kassensturz D2C: Was Retouren eine Kosmetikmarke kosten", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "display:outlook.com", "wrongpass", "noauth"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your store has been selected for the Marketplace Partner Programme. Confirm your seller details here before Friday to keep your listing.",
           "Hello {first}, I sent you our wholesale order for 2,400 units. Please open the secure document and confirm the pro-forma invoice."],
    "de": ["Hallo {first}, Ihr Shop wurde für unser Händlerprogramm ausgewählt. Bitte bestätigen Sie Ihre Verkäuferdaten bis Freitag über den Link.",
           "Guten Tag {first}, anbei unsere Großbestellung über 2.400 Einheiten. Bitte öffnen Sie das gesicherte Dokument und bestätigen Sie die Proforma-Rechnung."],
    "fr": ["Bonjour {first}, votre boutique a été retenue pour notre programme marketplace. Confirmez vos données vendeur via le lien avant vendredi.",
           "Bonjour {first}, voici notre commande en gros de 2 400 unités. Ouvrez le document sécurisé pour confirmer la facture pro forma."],
    "es": ["Hola {first}, tu tienda ha sido seleccionada para nuestro programa de marketplace. Confirma tus datos de vendedor en el enlace antes del viernes.",
           "Hola {first}, te envío nuestro pedido mayorista de 2.400 unidades. Abre el documento seguro y confirma la factura proforma."],
    "it": ["Ciao {first}, il tuo negozio è stato selezionato per il nostro programma marketplace. Conferma i dati venditore dal link entro venerdì.",
           "Buongiorno {first}, le invio il nostro ordine all'ingrosso di 2.400 unità. Apra il documento protetto e confermi la fattura proforma."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era per person: "2016" only where nothing in the story belongs to the 2020s
ERAS: dict[str, str] = {}


def era(name: str, e: str) -> None:
    ERAS[name] = e


# =============================================================== good_invitation
P("good_invitation", "en", "Freya Lindgren", "Beauty Buyer, Nordics | Åhlund & Berg Department Stores", "Stockholm",
  ("inv", "Hi Alex, I tried your sea buckthorn face oil at the fair in Düsseldorf and our skincare team hasn't stopped talking about it. "
          "I'm putting together our clean beauty shelf for spring and would like to discuss stocking Moosrose in our 12 stores. Open to a call?"),
  ("rem",))
P("good_invitation", "de", "Jonas Reitmeier", "Co-Founder @ Haferwerk | D2C Snacks aus Berlin", "Berlin",
  ("inv", "Hey Alex, wir sind auch D2C aus Berlin (Hafer-Snacks) und haben den 3PL-Wechsel gerade hinter uns. Hab gesehen, dass ihr das plant – "
          "magst du dich austauschen? Kaffee in Kreuzberg, ich erzähl dir ehrlich, was bei uns schiefging."))
P("good_invitation", "en", "Priyanka Menon", "Partner at Northvale Ventures | Consumer & Beauty", "London",
  ("inv", "Alex, I've followed Moosrose since your first crowdfunding campaign. We lead seed and Series A rounds in consumer brands and I'd love "
          "to hear how you think about the next 18 months. No deck needed, just coffee when I'm in Berlin on the 14th."),
  ("rem",))
P("good_invitation", "de", "Dr. Sabine Kronauer", "Sicherheitsbewerterin Kosmetik | Lehrbeauftragte", "Mannheim",
  ("inv", "Guten Tag, am 6. Mai leite ich einen kostenfreien Online-Workshop der IHK zur geänderten EU-Kosmetikverordnung (Allergenkennzeichnung, "
          "Übergangsfristen). Gerade für kleinere Marken wichtig. Ich würde mich freuen, wenn Sie teilnehmen."))
P("good_invitation", "de", "Tomasz Wrona", "CRM & Lifecycle Marketing | Klaviyo | Skincare", "Poznań",
  ("inv", "Hi Alex, saw your post that Moosrose is hiring a CRM & Retention Manager. I ran the email flows for two Polish skincare brands "
          "(repeat rate 18% -> 31%). I applied on your careers page yesterday, connecting here in case you want to see examples."),
  nl="en")
P("good_invitation", "en", "Hannah Okoye", "Contributing Editor | Cosmetics Trade Weekly", "London",
  ("inv", "Hi Alex, I'm writing a feature on German indie beauty brands expanding across Europe and Moosrose keeps coming up. "
          "Would you do a 20-minute interview next week? Happy to send the questions first."),
  ("rem",))
P("good_invitation", "de", "Lea Brandstätter", "Gründerin | Haarpflege aus Wien", "Wien",
  ("inv", "Servus Alex! Ich hab eine kleine Haarpflege-Marke in Wien. Kurze Frage unter Gründerinnen: Wie habt ihr die Verpackungslizenzierung in "
          "Österreich gelöst, direkt über ein Sammelsystem oder über euren Versanddienstleister? Sitze ratlos davor 🙈"))
P("good_invitation", "en", "Dr. Ines Vollmer", "Researcher, Digital Retail Lab | HTW Berlin", "Berlin",
  ("inv", "Dear Alex, our lab is studying return rates in D2C beauty (publicly funded, no commercial partner). Participating brands get the full "
          "anonymised benchmark free of charge. Would Moosrose take part? Survey takes about 25 minutes."))
era("Hannah Okoye", "2016")

# =============================================================== default_invitation
P("default_invitation", "de", "Kevin Schultheiß", "Amazon Marketplace Berater | FBA | PPC", "Leipzig", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ravi Khatri", "Growth | Shopify Plus Partner | CRO", "Amsterdam", ("inv", NONOTE))
P("default_invitation", "de", "Bianca Oltmanns", "Einkauf Naturkosmetik | Drogeriefachhandel", "Hamburg", ("inv", NONOTE))
era("Kevin Schultheiß", "2016")

# =============================================================== sales_invitation
P("sales_invitation", "en", "Daan Vermeulen", "Head of Sales DACH | ShipNest Fulfilment", "Venlo",
  ("inv", "Hi Alex, Moosrose seems to be growing fast across the EU! We run cosmetics-certified fulfilment in Venlo, same-day pick & pack, "
          "from EUR 1.89 per order all-in. Worth a 15-min call to compare with your current setup?"),
  ("rem",))
P("sales_invitation", "de", "Marvin Kettler", "Founder | Kettler Commerce – Shopify Plus Agentur", "Hamburg",
  ("inv", "Hi Alex, euer Shop braucht mobil 4,8 Sekunden, da geht richtig Conversion verloren. Wir haben als Shopify-Plus-Agentur bei drei "
          "Beauty-Brands die CR um 20 % gehoben. Lust auf einen kostenlosen Audit-Call?"))
P("sales_invitation", "de", "Gerlinde Pfaff", "Vertrieb | Pfaff Verpackungen GmbH – Tiegel, Tuben, Airless", "Saalfeld",
  ("inv", "Sehr geehrte Damen und Herren, wir fertigen Kosmetikverpackungen aus Rezyklat in Thüringen, ab 5.000 Stück. Gern sende ich Ihnen "
          "Muster und ein unverbindliches Angebot für Ihre Tiegel. Wann passt Ihnen ein kurzes Telefonat?"))
P("sales_invitation", "en", "Chloé Bertrand", "Influencer Partnerships | Glowlink Network", "Paris",
  ("inv", "Hello Alex! Glowlink connect beauty brands with more than 4000 verified micro-influencers in France, Germany and Italy, you pay only per post. "
          "I would love to show you our dashboard, do you have 20 min this week?"),
  ("rem",))
P("sales_invitation", "en", "Luca Brambilla", "Marketplace Expansion | Douglas, Notino, Zalando | Brambilla Digital", "Milano",
  ("inv", "Ciao Alex, we bring D2C cosmetic brands live on the big European beauty marketplaces in 8 weeks, full service from listing to ads. "
          "Can I send you our case study and the fee structure?"))
P("sales_invitation", "de", "Nico Albrecht", "Partner Manager | Kaufpilot Affiliate-Netzwerk", "Köln",
  ("inv", "Hey Alex, wir sind ein Affiliate-Netzwerk mit Fokus Beauty & Lifestyle (Gutscheinportale, Cashback, Content-Publisher). Setup 0 €, "
          "Abrechnung rein per Order. Darf ich dir unser Mediakit schicken?"))
era("Gerlinde Pfaff", "2016")

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gareth Pryce", "Founder, DTC Founders Circle | Ex-brand founder", "London",
  ("inv", "Alex, I run a small peer circle for DTC founders in Europe: 12 people, one call a month, no sponsors, just honest war stories on CAC, "
          "retention and fundraising. Two beauty founders are already in. Fancy joining?"),
  ("msg", "Great to have you in the network! Quick context before the next call: the circle is part of my Scale Accelerator, EUR 2,950 per quarter "
          "including 1:1 coaching with me. I have one founder seat left for Q1. Shall I send you the onboarding link?", (3, 10)),
  ("msg", "Alex, just checking in. If cash flow is the worry I can do the first month at half price. Let me know by Friday so I can hold the seat."))
P("bait_and_switch_invitation", "de", "Sven Dittrich", "Community | E-Commerce Stammtisch Friedrichshain", "Berlin",
  ("inv", "Moin Alex, wir machen jeden Monat einen E-Commerce-Stammtisch in Friedrichshain, kostenlos, nur Gründer:innen und Ops-Leute, keine Pitches. "
          "Nächstes Thema: Retouren. Komm doch vorbei!"),
  ("msg", "Hey Alex, danke fürs Annehmen! Übrigens, hauptberuflich bin ich bei ReturnFlow, wir automatisieren Retourenprozesse für Shopify-Shops. "
          "Hast du nächste Woche 30 Minuten für eine Demo? Für Leute vom Stammtisch gibt's drei Monate gratis."))
P("bait_and_switch_invitation", "en", "Aylin Demir", "Beauty founder in the making | Skincare formulation", "Rotterdam",
  ("inv", "Hi Alex, quick question from one founder to another: did you get your safety reports from an external assessor or an in-house chemist? "
          "I'm working on my own line and trying to learn from people who've actually done it."),
  ("msg", "Thank you so much for accepting!! Honestly Moosrose has so much potential. I actually coach beauty founders on scaling to 7 figures and my "
          "12-week programme opens again next month. Would you hop on a discovery call with me?"),
  ("msg", "Hi Alex, last chance for the early-bird price (EUR 1,800 instead of 3,200). Shall I hold a spot for you?", (4, 12)))
P("bait_and_switch_invitation", "de", "Dr. Henning Voss", "Business Angel | Konsumgüter | Investorenabende", "Düsseldorf",
  ("inv", "Guten Tag Alex Morgan, als Business Angel mit Fokus Konsumgüter lade ich ausgewählte Gründer:innen zu unserem Investorenabend im Mai ein. "
          "Für Gründer kostenfrei, Sie pitchen vor rund 30 Angels. Interesse?"),
  ("msg", "Vielen Dank für die Vernetzung. Zur Vorbereitung bieten wir ein verpflichtendes Investment-Readiness-Coaching an (1.490 € zzgl. MwSt.). "
          "Erst danach kann ich Sie auf die Pitchliste setzen. Darf ich Ihnen das Angebot zusenden?", (5, 15)))
P("bait_and_switch_invitation", "en", "Marta Kowalczyk", "Circular packaging | Sustainability in beauty", "Warsaw",
  ("inv", "Hi Alex, I'm writing a free guide on plastic-free packaging for small cosmetic brands (refills, aluminium, paper tubes). I'd like to send "
          "it to you when it's ready and hear what worked for Moosrose."),
  ("msg", "Here is the guide, as promised. I should also mention that I am the EU representative of EcoTube Packaging: our paper tubes start at "
          "EUR 0.38/unit for 10k MOQ. Can we book a call to spec your lip balm tube?", (10, 25)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Haynes", "Host, The Bootstrapped Beauty Podcast", "Bristol",
  ("inm", "Podcast guest invite", "Hi Alex, I host a podcast for indie beauty founders (around 8k listeners an episode). Your story of launching from a "
          "Neukölln kitchen would be perfect for us. Would you come on as a guest?"),
  ("inm", "Re: Podcast guest invite", "Brilliant, thanks for the quick yes! To be transparent, guest spots are part of our Founder Feature package: "
          "EUR 690, which covers the episode, three cut-downs for Reels and a newsletter mention. I can send the invoice today and we record next week."))
P("bait_and_switch_inmail", "de", "Katrin Lemberg", "Jury-Koordination | Preis für Naturkosmetik", "Frankfurt am Main",
  ("inm", "Nominierung Moosrose – Newcomer Gesichtspflege", "Sehr geehrte Damen und Herren, unsere Jury hat Moosrose in der Kategorie "
          "„Newcomer Gesichtspflege“ nominiert. Herzlichen Glückwunsch! Die Preisverleihung findet im November in Frankfurt statt. "
          "Bitte bestätigen Sie kurz, dass Sie die Nominierung annehmen."),
  ("inm", "Ihre Teilnahme an der Finalrunde", "Vielen Dank für Ihre Bestätigung. Damit Ihre Nominierung in die Finalrunde geht, fällt eine "
          "Teilnahmegebühr von 950 € netto an. Gewinner können das Siegel anschließend für 2.400 € im Jahr lizenzieren. Die Rechnung erhalten Sie separat.", (4, 12)))
P("bait_and_switch_inmail", "de", "Robin Haas", "Masterstudent E-Commerce | TU Berlin", "Berlin",
  ("inm", "Interview für meine Masterarbeit", "Hi Alex, ich schreibe meine Masterarbeit über Abo-Modelle bei D2C-Marken und würde dich gern "
          "20 Minuten dazu interviewen. Die Ergebnisse schicke ich dir natürlich, wenn die Arbeit fertig ist. Hättest du Zeit?"),
  ("inm", "Danke fürs Interview!", "Danke nochmal, war super spannend! Ich hab nebenbei eine kleine Agentur für Subscription-Setups (Recharge, Skio, "
          "Klaviyo-Flows). Nach dem, was du erzählt hast, könnten wir euer Abo in 4 Wochen aufsetzen, Festpreis 6.500 €. Soll ich dir ein Angebot schicken?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Brandon Miles", "Amazon FBA Coach | 7-figure private label seller", "Manchester",
  ("end",), ("end",),
  ("msg", "Yo Alex, endorsed you for {skill} and a couple more 🙌 mind returning the love on Amazon FBA and Private Label? "
          "Building up my profile before a course launch. Cheers!"))
P("endorse_me_back", "de", "Ursula Kämmerer", "Steuerberaterin für Onlinehändler | OSS & Umsatzsteuer", "München",
  ("end",),
  ("msg", "Guten Tag Alex Morgan, ich habe Ihre Kenntnisse in {skill} gern bestätigt. Dürfte ich Sie im Gegenzug um eine Bestätigung für "
          "„Umsatzsteuer im E-Commerce“ und „OSS-Verfahren“ bitten? Das hilft mir sehr bei neuen Mandaten. Herzlichen Dank und viele Grüße"))
P("endorse_me_back", "de", "Finn Ahlers", "Performance Marketer | Meta & TikTok Ads | Freelance", "Hamburg",
  ("end",), ("end",),
  ("msg", "Moin Alex! Hab dich grad für {skill} bestätigt 😊 Wärst du so lieb und bestätigst mich für Facebook Ads und Performance Marketing? "
          "Bewerbe mich gerade bei ein paar Brands, da zählt sowas. Danke dir!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Jake Thornbury", "Founder | ScaleRocket – Amazon & DTC growth", "Dublin",
  ("inv", "Alex, we scaled 3 skincare brands past EUR 1M a month on Amazon EU. I have a 6-step plan for Moosrose ready. Worth 15 min?"),
  ("rem",),
  ("inm", "Really?", "Sent you a free growth plan and you can't even click accept. This is exactly why most DTC brands are dead by year 3: "
          "founders with big egos and no sales. Good luck, you'll need it."))
P("hostility_after_decline", "de", "Reinhard Oberländer", "Geschäftsführer | Oberländer Logistik GmbH", "Ludwigsfelde",
  ("inv", "Guten Tag, wir bieten Lagerung und Versand für Kosmetikhändler ab Brandenburg. Gern würde ich Ihnen unsere Konditionen vorstellen."),
  ("inm", "Ihre fehlende Rückmeldung", "Sehr geehrte Damen und Herren, ich habe Ihnen vor drei Wochen eine Kontaktanfrage gesendet. Dass man nicht "
          "einmal eine kurze Absage für nötig hält, finde ich, gelinde gesagt, unprofessionell. So hat man in meiner Generation keine Geschäfte gemacht. "
          "Mit freundlichen Grüßen, R. Oberländer"))
P("hostility_after_decline", "en", "Sienna Clarke", "Lifestyle & beauty creator | 210k on TikTok", "Brighton",
  ("inv", "hiii Alex 💕 obsessed with your rose toner!! would love to collab, message me for my rate card x"),
  ("inm", "wow", "ok so you just ignore creators now?? brands like yours literally only exist because of people like me. I'll be telling my "
          "followers exactly how you treat small creators. so rude"))
P("hostility_after_decline", "de", "Dennis Kruppa", "Sales | SaaS | Start-up-Enthusiast", "München",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Echt jetzt?", "Hey, dachte wir kennen uns vom Gründerfestival. Aber klar, seit eurer Finanzierungsrunde seid ihr wohl zu cool für ein Accept. "
          "Arrogant. Echt schwach."))
era("Reinhard Oberländer", "2016")

# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Mallinson", "Director | PackRight UK – custom mailer boxes", "Leicester",
  ("msg", "Hi Alex, noticed your unboxing videos. The mailer box is lovely but the insert slides around. We do custom printed mailers with fitted inserts, "
          "MOQ 500. Can I send over a quote?"),
  ("msg", "Alex, I've now messaged you three times about the quote. A simple 'no thanks' costs nothing. Frankly I expected better manners from a brand "
          "that goes on about kindness in every post.", (12, 30)))
P("hostility_connection", "de", "Petra Wolfsteiner", "Key Account Management | Kosmetik-Lohnherstellung", "Rosenheim",
  ("acc",),
  ("msg", "Hallo Alex Morgan, danke für die Vernetzung nach der Messe! Wie besprochen würden wir Ihre Seren gern in Lohnfertigung übernehmen, "
          "ab 2.000 Einheiten, Rezepturanpassung inklusive. Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Sie haben mich auf der Messe selbst angesprochen und eingeladen, und jetzt kommt auf zwei Nachrichten nichts. Das ist schlicht kein Umgang. "
          "Ich habe das bei uns im Vertrieb entsprechend vermerkt."))
P("hostility_connection", "en", "Arjun Batra", "Co-founder | ReviewBoost – UGC & reviews for Shopify", "London",
  ("msg", "Hi Alex! Brands on ReviewBoost collect 4x more photo reviews. Free 14-day trial, want me to set it up for Moosrose?"),
  ("msg", "Bumping this 👆 we just launched the Shopify app version, takes 5 minutes to install."),
  ("msg", "Wow. Three messages, all seen, no reply. Must be nice to be too important to answer people. Don't come crying when your reviews dry up."))
era("Craig Mallinson", "2016")

# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Tim Engelhardt", "Sales | Lagerwerk 3PL", "Erfurt",
  ("msg", "Hey Alex, wie läuft's bei euch mit dem Versand nach Österreich und in die Schweiz? Wir haben ab Januar freie Kapazitäten und machen "
          "die Zollabwicklung CH gleich mit. Kurzer Call?"),
  ("msg", "Hi Alex, nur kurz: Unsere Preisliste für nächstes Jahr ist raus, Pick & Pack ab 1,45 €. Soll ich dir ein Angebot rechnen?"))
P("connection_only_pitches", "en", "Emily Hargreaves", "Partnerships Lead | Affluent Affiliates", "London",
  ("msg", "Hi Alex, our affiliate network just onboarded 40 new beauty publishers in France and Italy. Would you like to join on a CPA basis? "
          "I can get you set up this week."),
  ("msg", "Hey Alex, following up: we're running a Q4 beauty campaign with the top 10 cashback sites. Placements are EUR 1,200 each. Want in?"))
P("connection_only_pitches", "de", "Bernd Lohmann", "Versicherungsmakler | Gewerbe & Produkthaftung", "Hannover",
  ("msg", "Guten Tag Alex Morgan, als Hersteller von Kosmetik tragen Sie ein erhebliches Produkthaftungsrisiko. Gern prüfe ich kostenlos Ihre bestehende Police."),
  ("msg", "Guten Tag, ich melde mich noch einmal wegen der Produkthaftpflicht. Wir haben einen neuen Rahmenvertrag für Naturkosmetik-Hersteller. "
          "Passt Ihnen Donnerstag um 10 Uhr ein Telefonat?"),
  ("msg", "Letzte Erinnerung von meiner Seite: Die Sonderkonditionen gelten nur noch bis Monatsende."))
era("Bernd Lohmann", "2016")

# =============================================================== single_pitch
P("single_pitch", "en", "Sophie Vandenberghe", "Account Executive | Loopwise – returns & exchanges", "Ghent",
  ("msg", "Hi Alex, loved your post about the real cost of returns. Loopwise turns refunds into exchanges automatically, beauty brands keep around 30% "
          "of refund value. Could I show you in a 20 min demo next week?"))
P("single_pitch", "de", "Jannik Stoltenberg", "Founder | Pixelgarten Content Studio", "Berlin",
  ("msg", "Hi Alex, wir shooten Produktfotos und Ads-Content für Beauty-Brands in unserem Studio in Mitte, Packshots ab 39 € pro Bild. "
          "Soll ich dir unser Portfolio schicken?"))
P("single_pitch", "en", "Giorgos Papadakis", "Marketplace Account Manager | Greece & Cyprus", "Athens",
  ("msg", "Hello Alex, I help brands to enter the Greek market through the local marketplaces. Full service, 8% of revenue. Are you interested to discuss?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Charlotte Beaumont", "Founder | Petit Grain Skincare", "Lyon",
  ("msg", "Alex! Following our chat in Paris, I've put our French distributor contacts in a doc for you, with notes on who actually pays on time 😅 "
          "Also added the organic certification checklist we used. Link below, shout if anything's unclear."),
  ("msg", "PS the perfumery chain buyer I mentioned is Delphine, she's expecting your email. I told her about the rose toner."))
P("connection_brings_value", "de", "Karo Weinreich", "COO @ Seifenkollektiv | D2C Naturkosmetik", "Leipzig",
  ("end",),
  ("msg", "Hey Alex, wir haben gestern den 3PL-Ausschreibungskatalog fertig gemacht, den wir mit fünf anderen Brands gebaut haben (SLA-Vorlagen, "
          "Fragenliste, Kostenvergleich). Hier der Link, nimm dir raus, was du brauchst. Wir treffen uns nächsten Dienstag, falls du mitreden magst."))
P("connection_brings_value", "en", "Matteo Ferri", "Beauty Editor | Vanity Notes Magazine", "Milano",
  ("msg", "Hi Alex, we are preparing our list of the best new clean skincare in Europe for the March issue and your rose toner is in the shortlist. "
          "Could you send high-res pictures and the EU retail price until Friday? No fee of course, it's editorial."))
P("connection_brings_value", "de", "Prof. Dr. Annette Wülfing", "Professorin für Marketing | HWR Berlin", "Berlin",
  ("msg", "Guten Tag Alex Morgan, unsere Masterstudierenden bearbeiten im Sommersemester kostenlose Praxisprojekte für Berliner Start-ups, zum Beispiel "
          "Marktanalysen für neue Länder. Hätte Moosrose Interesse, als Praxispartner dabei zu sein? Aufwand für Sie: ein Briefing und die Abschlusspräsentation."))

# =============================================================== stranger_inmail_recruiter (real jobs and a real buyer)
P("stranger_inmail_recruiter", "en", "Rebecca Lyle", "Executive Search, Consumer & Retail | Lindley Partners", "London",
  ("inm", "Chief Commercial Officer – premium skincare group", "Dear Alex, I'm retained by a Paris-listed skincare group to find a Chief Commercial Officer "
          "for its digital brands division. Your experience building Moosrose's own shop and marketplace channels is very close to what the CEO described. "
          "Package is competitive, Paris or Berlin based. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "de", "Christiane Haberl", "Category Managerin Naturkosmetik | Kornblum Drogerie", "Karlsruhe",
  ("inm", "Listung Moosrose – erste Anfrage", "Sehr geehrte Damen und Herren, ich verantworte bei Kornblum die Kategorie Naturkosmetik. Ihre Gesichtsöle "
          "sind uns auf der Fachmesse in Nürnberg aufgefallen. Wir würden gern über eine Testlistung in 150 Filialen ab Herbst sprechen. "
          "Hätten Sie in den nächsten Wochen Zeit für ein erstes Gespräch?"))
P("stranger_inmail_recruiter", "de", "Julia Brandner", "Talent Acquisition | Florale Naturkosmetik GmbH", "Stuttgart",
  ("inm", "Head of D2C (m/w/d) – vielleicht etwas für dich?", "Hallo Alex, wir bauen bei Florale gerade einen eigenen D2C-Bereich auf und suchen "
          "eine Leitung, die das schon einmal von null gemacht hat. Remote aus Berlin möglich, Festanstellung. Ich weiß, du hast deine eigene Marke, "
          "aber vielleicht kennst du jemanden, oder es reizt dich ja doch. Magst du kurz telefonieren?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Nathan Cole", "SDR | Checkoutly", "Austin",
  ("inm", "Moosrose checkout", "Hi Alex, noticed Moosrose still runs the default checkout. Checkoutly's one-click post-purchase upsells add 9-14% AOV "
          "for beauty brands. Worth a quick look? Grab a slot on my calendar: cal.checkoutly.example/nathan"))
P("stranger_inmail_sales", "de", "Heiko Brandl", "Fördermittelberatung für Start-ups", "Nürnberg",
  ("inm", "Fördermittel für Moosrose", "Guten Tag Alex Morgan, wussten Sie, dass Sie für Ihre Expansion bis zu 200.000 € Zuschuss erhalten können? "
          "Wir übernehmen die Antragstellung gegen eine Erfolgsprovision von 12 %. Darf ich Sie dazu anrufen?"),
  ("inm", "Nachfrage Förderprogramm", "Guten Tag, die Antragsfrist für das Programm endet am 30. Ich hätte noch Kapazität für einen Antrag. "
          "Sollen wir kurz telefonieren?"))
P("stranger_inmail_sales", "en", "Ilse de Groot", "Sales Manager | Amsterdam Fragrance Labs – private label", "Amsterdam",
  ("inm", "Private label fragrances", "Dear Alex, we manufacture private label fragrances and body mists for cosmetics brands, MOQ from 1.000 pieces. "
          "Would Moosrose consider to add a scent line? I am happy to send you our catalogue and price list."))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Felix Brennan", "Founder | Shelfspace Ops", "Berlin",
  ("inv", "Hi Alex, I used to run ops at a Berlin beauty brand and I've published a free spreadsheet for landed cost and margin per SKU across EU "
          "marketplaces. Thought you might find it handy. Happy to walk you through it, no strings."),
  ("msg", "Here's the template. The tab on marketplace fees is the one most people get wrong, so double-check your commission rates there. "
          "Tell me if you spot errors."),
  ("msg", "Hey Alex, hope the template's been useful! We've now turned it into an ops service: we run your inventory planning and 3PL management "
          "for EUR 2.5k/month. Given your Q4 volumes, want to chat next week?", (15, 40)))
P("good_turns_ugly", "de", "Mira Sandhoff", "Gründerin | Beauty Founders Frühstück Berlin", "Berlin",
  ("inv", "Hi Alex, ich organisiere ein kostenloses Frühstück für Gründer:innen aus der Beauty-Branche, jeden ersten Freitag im Monat in Mitte. "
          "Wir tauschen uns zu Händlern, Produktion und Finanzierung aus. Hast du Lust?"),
  ("msg", "Schön, dass du da warst! Hier wie versprochen die Liste mit den Lohnherstellern, die wir gesammelt haben, inklusive Mindestmengen und "
          "wer auch kleine Chargen macht."),
  ("end",),
  ("msg", "Hey Alex, ich hab dich für {skill} bestätigt 😊 Könntest du mich im Gegenzug für Community Building und Eventmanagement bestätigen? "
          "Ich bewerbe mich gerade für ein Förderprogramm und brauche ein paar Bestätigungen."))
P("good_turns_ugly", "en", "Dr. Ewa Nowicka", "Cosmetic safety assessor | EU Responsible Person", "Kraków",
  ("inv", "Hello Alex, I saw your question in the indie beauty group about the new allergen labelling rules. I wrote a short plain-English summary "
          "of the amendment with all deadlines. Happy to send it to you, free of course."),
  ("msg", "As promised, the summary is in the link below. The date that matters most for you is probably the one for products already on the market."),
  ("msg", "Hi Alex, I hope the summary was helpful. Since many of your products will need new labels, I can offer a complete compliance package "
          "(safety report updates, label review, portal notifications) at EUR 480 per product. Shall I prepare a quote for your 14 products?", (20, 45)))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Kieran Doyle", "Head of Growth | Parcelhaus 3PL", "Dublin",
  ("inm", "Your EU fulfilment", "Hi Alex, Parcelhaus runs fulfilment for 60+ beauty brands from Dublin and Rotterdam. We can take over your stock within "
          "2 weeks and cut shipping costs by up to 25%. Free for 15 minutes on Tuesday?"),
  ("inv", "Hi Alex, we crossed paths briefly at the D2C summit in Amsterdam. Would be great to stay in touch!"))
P("reinvite_known_bad", "de", "Stefanie Lutter", "Marketing | Nachhaltigkeit | Beauty", "Köln",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, ich lese deine Posts zu Nachfüllsystemen wirklich gern und würde mich freuen, wenn wir uns vernetzen."))
P("reinvite_known_bad", "de", "Frank Weidemann", "Geschäftsführer | Weidemann Marketplace Services", "Bielefeld",
  ("inv", "Guten Tag, wir übernehmen für Kosmetikmarken das komplette Amazon-Management: Listings, Werbung, Lagerplanung. Gern stelle ich Ihnen "
          "unser Leistungspaket in einem kurzen Termin vor."),
  ("inv", "Guten Tag Alex Morgan, ich habe Ihren Vortrag beim Handelskongress gesehen, sehr inspirierend. Ich würde mich freuen, mit Ihnen vernetzt zu sein."))
era("Stefanie Lutter", "2016")
era("Frank Weidemann", "2016")

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dwayne Porter", "Social commerce | TikTok Shop partner for beauty", "London",
  ("inv", "Hey Alex, I run TikTok Shop for 20+ beauty brands in the UK and EU. Live shopping is where growth is. Can I show you what we'd do for Moosrose?"),
  ("inm", "Your call", "Honestly, ignoring people who try to help you is why most founders fail. Hope the ego keeps you warm."),
  ("inv", "Hey Alex, new year, fresh start? Would love to connect and swap a few insights on social commerce in Europe."))
P("reinvite_known_ugly", "de", "Annika Feldmann", "Gründerin | Seifenmanufaktur", "Bremen",
  ("inm", "Frage einer Gründerin", "Guten Tag Alex Morgan, ich gründe gerade eine kleine Seifenmarke und hätte eine Frage zu Ihren Erfahrungen mit "
          "den großen Modeplattformen als Vertriebskanal. Hätten Sie 10 Minuten für mich?"),
  ("inm", "Danke!", "Danke für Ihre nette Antwort! Ehrlich gesagt bin ich auch Vertriebspartnerin bei einem Direktvertrieb für Hautpflege. "
          "Wäre das nicht ein spannendes Zusatzeinkommen für Sie, oder für Ihr Team? Ich erkläre Ihnen das Modell gern in einem Zoom."),
  ("inv", "Guten Tag Alex Morgan, ich würde mich freuen, wenn wir uns hier vernetzen."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Okan Yıldırım", "Founder | Kiezkarton – Versandverpackungen", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Weil wir uns beim Gründerfestival gesehen haben: Wir haben jetzt auch Versandkartons aus Graspapier. "
          "Soll ich dir ein Angebot für 10.000 Stück machen?"))
P("user_invited_pitch_once", "en", "Hugo Lindqvist", "Head of Partnerships | Nordic Marketplace Group", "Stockholm",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you're looking at the Nordics: we offer a managed launch on the big Nordic marketplaces, setup fee "
          "EUR 4,900 and 6% commission afterwards. Happy to send you the deck."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ben Stafford", "Founder | Retainly – subscriptions for Shopify", "Leeds",
  ("acc",),
  ("msg", "Cheers for connecting, Alex! Saw Moosrose doesn't offer subscribe & save yet. Retainly adds it in an afternoon, brands see 20% of "
          "repeat orders move to subscription. Fancy a demo?"),
  ("msg", "Hi Alex, we've got a launch offer this month: first 3 months at $99 instead of $299. Want me to send the signup link?"))
P("user_invited_pitch_twice", "de", "Yvonne Kessler", "Vertrieb | Kessler Etiketten GmbH", "Offenburg",
  ("acc",),
  ("msg", "Guten Tag Alex Morgan, vielen Dank für die Kontaktanfrage. Wir drucken Etiketten für Kosmetik, auch mit Veredelung und auf Graspapier. "
          "Darf ich Ihnen ein Musterset und unsere Preisliste zusenden?"),
  ("msg", "Guten Tag, ich wollte nachfragen, ob Sie die Muster erhalten haben. Bei Bestellung bis Monatsende gewähren wir 8 % Rabatt auf die Erstauflage."))
era("Yvonne Kessler", "2016")

# =============================================================== user_invited_value
P("user_invited_value", "en", "Astrid Nyholm", "Co-founder | Fjord Skincare", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for reaching out after the panel! As promised, here's the landed-cost model we use for Denmark, plus the name of our customs broker "
          "for UK shipments (tell him I sent you). Happy to jump on a call if you want to compare email flows."))
P("user_invited_value", "de", "Paul Dressler", "Business Angel | ex-Gründer (Mundpflege D2C)", "Berlin",
  ("acc",),
  ("msg", "Hi Alex, danke für die Anfrage! Ich geb dir gern Feedback zum Deck, bevor du in die Runde gehst, schick es einfach rüber. Und ich stell "
          "dir gern Lara vor, die uns damals beim Venture Debt geholfen hat."))
P("user_invited_value", "en", "Nadia Rahman", "Senior Buyer, Beauty | Hartley & Vane", "London",
  ("acc",),
  ("msg", "Lovely to connect, Alex. After the trade show our team would like samples of the toner and the face oil for our spring review. "
          "Could you send three units of each to the address below? If they pass, we'd talk about a trial in the flagship."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Leonie Baumgartner", "Einkauf Beauty | Concept Store Prenzlauer Berg", "Berlin", ("acc",))
P("acceptance_only", "en", "Sam Whitlock", "Operations Director | Tidewell Beauty", "Manchester", ("acc",))
P("lone_endorsement", "en", "Jasper Holt", "Former intern at Moosrose | Marketing student", "Berlin", ("end",))
P("lone_endorsement", "de", "Merve Aksoy", "Customer Care | Naturkosmetik", "Berlin", ("end",))
era("Sam Whitlock", "2016")
era("Jasper Holt", "2016")

# =============================================================== more voices
P("good_invitation", "en", "Mikkel Sørensen", "Co-founder | Havtorn Naturals", "Aarhus",
  ("inv", "Hey Alex, we are a Danish skincare brand one year behind you. Before we go to Germany I wanted to ask one honest thing: would you do the "
          "German marketplaces again or only your own shop? Happy to share our Nordic retailer contacts in return."),
  ("rem",))
P("connection_only_pitches", "en", "Ryan Whitfield", "Founder | Whitfield Creator Agency", "London",
  ("msg", "Alex! We manage 35 UK beauty creators and can get Moosrose into 10 TikToks this month, from GBP 3,500 all-in. Shall I send the creator list?"),
  ("msg", "Hi Alex, quick nudge: two of our creators just had free slots open up for March. Happy to hold them for you for 48h."),
  ("msg", "Last one from me: we've added a performance package (pay per sale) if fixed fees don't suit. Worth a chat?"))
P("user_invited_value", "de", "Katharina Ebner", "Gründerin | Zarte Zähne Mundpflege", "Wien",
  ("acc",),
  ("msg", "Hey Alex, danke fürs Vernetzen! Wie am Telefon versprochen: Unser Steuerberater in Österreich heißt Martin, er kennt sich mit "
          "Fernverkauf aus und nimmt auch kleine Mandate. Ich hab ihm schon Bescheid gegeben, dass du dich meldest."))
P("hostility_after_decline", "en", "Marco Vitale", "Amazon Ads Specialist | Freelance", "Napoli",
  ("inv", "Hi Alex, I am Amazon Ads specialist, I can reduce your ACOS of 40% in 30 days. I work with many cosmetic brands. Can we talk?"),
  ("rem",),
  ("inm", "???", "I wrote you two times and you don't answer. In Italy we say this is no respect. You will lose money and then you will remember me."))

# every person not named above is drawn in the current layout (their notes belong to the 2020s)
for _p in PEOPLE:
    ERAS.setdefault(_p[2], "cur")

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jonas Reitmeier", "jonas@haferwerk.example", "3PL-Erfahrungen, wie auf LinkedIn versprochen",
     "Hey Alex,\n\nhab dir auch auf LinkedIn geschrieben, aber hier per Mail die Tabelle mit unseren 3PL-Angeboten (Preise geschwärzt). "
     "Kaffee nächste Woche?\n\nJonas", "de"),
    ("Shopify", "no-reply@shopify-mail.example", "Your weekly store summary for Moosrose",
     "Sessions are up 14% this week. Top referrers: Instagram, Google, LinkedIn (312 sessions).\n\nView your analytics in the admin.", "en"),
    ("Personio", "noreply@personio-mail.example", "Neue Bewerbung: CRM & Retention Manager (m/w/d)",
     "Tomasz Wrona hat sich auf die Stelle CRM & Retention Manager beworben.\n\nLinkedIn-Profil: https://www.linkedin.com/in/tomasz-wrona\n"
     "Lebenslauf und Anschreiben finden Sie im Bewerberprofil.", "de"),
    ("Lara Hoffmann", "lara@moosrose.example", "Fwd: Gareth's founder circle",
     "Alex, careful with this one. Gareth sent me the same 'peer circle' invite on LinkedIn last year, it turned into a paid coaching offer.\n\n"
     "---------- Forwarded message ---------\nFrom: Gareth Pryce via LinkedIn <messages-noreply@linkedin.com>\nSubject: Gareth Pryce sent you a new message\n\n"
     "Great to have you in the network! Quick context before the next call...", "en"),
    ("Berliner Gründerfrühstück", "hallo@gruenderfruehstueck.example", "Nächster Termin am 7. März – folgt uns auf LinkedIn",
     "Hallo zusammen,\n\ndas nächste Frühstück findet am 7. März statt, Thema: Finanzierung ohne VC. Alle Updates gibt's ab jetzt auf unserer LinkedIn-Seite.", "de"),
    ("Chloé Bertrand", "chloe@glowlink.example", "Following up on my LinkedIn invitation",
     "Hi Alex,\n\nI also sent you an invitation on LinkedIn. Glowlink can match Moosrose with 40 micro-influencers in France this month. "
     "Do you have 20 minutes on Thursday for a demo?\n\nChloé", "en"),
    ("Steuerkanzlei Mitte", "kanzlei@steuer-mitte.example", "OSS-Meldung 3. Quartal",
     "Hallo Alex,\n\ndie OSS-Meldung ist übermittelt. Kurzer Hinweis: Die Steuerberaterin, die Sie über LinkedIn angeschrieben hat, arbeitet nicht mit uns zusammen.\n\n"
     "Viele Grüße\nKanzlei Mitte", "de"),
    ("Calendly", "notifications@calendly-mail.example", "New event: Intro coffee with Priyanka Menon",
     "A new event has been scheduled.\n\nInvitee: Priyanka Menon (Northvale Ventures)\nLinkedIn: https://www.linkedin.com/in/priyanka-menon\nWhere: Café, Torstraße, Berlin", "en"),
    ("IHK Veranstaltungen", "veranstaltungen@ihk.example", "Anmeldebestätigung: Workshop EU-Kosmetikverordnung",
     "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anmeldung zum kostenfreien Online-Workshop am 6. Mai. Den Einwahllink erhalten Sie am Vortag. "
     "Folgen Sie uns auch auf LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-fourth development corpus (dev64). Generated by scripts/make_corpus_dev64.py (seed {SEED}); do not edit by hand.",
          "# Alex as founder of a Berlin D2C cosmetics brand selling across Europe: agencies, marketplace consultants, 3PLs, influencer and "
          "affiliate networks, packaging suppliers, investors, founders, retail buyers, job applicants; English and German (du and Sie). "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev64", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
