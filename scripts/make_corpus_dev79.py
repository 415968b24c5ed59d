#!/usr/bin/env python3
"""Write mailbot's seventy-ninth, independent development corpus: tests/corpus/dev79/*.eml + expected.toml.

The angle: the user Alex is COO of ShiftHarbor, a healthcare-staffing startup in Austin, Texas
(per diem nurses and allied clinicians for hospitals). Their LinkedIn world: automated sales
sequences and the SDRs who run them (bumps, break-up notes, merge fields that did not merge),
"AI SDR" tools and the bots themselves, investors (real ones with introductions and free
operator dinners, and fundraising consultants who only look like investors), compliance
consultants (free checklists and webinars, paid mock surveys and audits), nurses who want
shifts, recruiters with real roles, peer operators from founder Slack communities, podcasters
inviting guests (some free, some pay-to-play), and trolls and sore losers who turn on Alex
after being ignored. American English from many regions, very casual to very corporate.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. LinkedIn's wording is English throughout (an American inbox). The
endorsement skills, the recipient's headline, the job-alert titles, other-mail subjects, the
names and headlines of spoof-only people and PYMK suggestions, and the pitches that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals,
judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev79.py              # writes tests/corpus/dev79
    python scripts/make_corpus_dev79.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260979

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ an Austin staffing startup's world (this process only)
mc.LANGS[:] = ["en"] * 5                     # spoofs and other LinkedIn mail in English, like everything else here
mc.L["en"]["skills"] = ["Operations Management", "Healthcare Staffing", "Workforce Planning", "Process Improvement",
                        "Vendor Management", "Credentialing", "Scaling Operations"]
mc.L["en"]["rheadline"] = "COO at ShiftHarbor | Per diem clinical staffing"
mc.JOBS[:] = [("Chief Operating Officer", "Carebound"), ("VP of Operations, Clinical Staffing", "Lonestar Health Partners"),
              ("Head of Workforce Operations", "Sunbelt Health Partners"), ("COO - Home Health Platform", "Confidential (PE-backed)"),
              ("Director of Staffing Operations", "Bayfront Health System")]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"chief operating officer healthcare\"", "Your job alert for chief operating officer healthcare in {city}", "View job"),
    news=("Are travel nurse rates finally coming back down?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Healthcare Staffing Leaders", "Here are the top conversations in your group this week"),
    newsletter=("Per Diem Weekly: what hospitals actually pay for a night shift", "New edition of a newsletter you subscribed to"),
)
mc.NAMES["en"] = (["Brandon", "Ashley", "Travis", "Kayla", "Dustin", "Jasmine", "Colton", "Whitney", "Jamal", "Haley", "Trevor", "Alicia",
                   "Cody", "Lauren", "Devin", "Morgan", "Hunter", "Brittany", "Malik", "Courtney", "Logan", "Destiny"],
                  ["Baker", "Jenkins", "Whitfield", "Gutierrez", "Holt", "Simmons", "Pruett", "Larson", "Washington", "McBride", "Castillo",
                   "Hoffman", "Delacroix", "Yates", "Kowalczyk", "Ramirez", "Brennan", "Sutton"])
mc.CITY["en"] = ["Austin", "Dallas", "Houston", "San Antonio", "Denver", "Nashville", "Phoenix", "Chicago", "Atlanta", "Boston"]
mc.COMPANIES["good"] = ["Bayfront Health System", "Hill Country Health", "Carebound", "Prairie Home Care", "UT Health Austin",
                        "Sunbelt Health Partners", "Northstar Dialysis", "Tandem Home Health"]
mc.COMPANIES["sales"] = ["Outbound.ai", "CredentialIQ", "ShiftStack VMS", "PipelineForge", "Clinicon RCM", "StaffBridge Offshore",
                         "MSP Pipeline", "Vitalis VMS", "RevGen AI", "Catalyst Capital Access"]
mc.HEADLINES["good"] = ["Chief Nursing Officer at {co}", "COO | {co}", "Director of Nursing Workforce, {co}", "Travel RN, ICU | open to per diem",
                        "VP Operations at {co}", "Talent Acquisition Lead | {co}", "Nurse Manager, Med-Surg | {co}"]
mc.HEADLINES["sales"] = ["Account Executive @ {co}", "SDR | {co} | Helping staffing firms fill shifts faster", "Founder & CEO, {co}",
                         "Growth @ {co} | AI outbound for healthcare", "Enterprise Sales, Healthcare | {co}", "Partnerships | {co}"]
_SPOOF_PITCH = [
    "Hi {first}, I shared the signed MSP rate agreement with you through LinkedIn Secure Docs. Log in to review and countersign before Friday.",
    "{first} - our AI SDR booked 41 meetings for a staffing firm your size last month. Grab a slot on my calendar here and I'll show you live.",
    "Hello {first}, a nurse on your roster filed a complaint about missed pay. Open the case file here to respond within 48 hours.",
    "Hey {first}, your ShiftHarbor company page was flagged for a verification review. Confirm your admin login to keep it active.",
    "Hi {first}, we place pre-credentialed travel RNs at $0 upfront. Reply YES and I'll send the roster and rate card today.",
]
_PHISH = [
    "Hi, I sent you the updated vendor agreement via LinkedIn Secure Share. Please sign in to view the document.",
    "Dear Sir/Madam, I have an urgent staffing partnership to discuss. Kindly review the attached proposal through the link.",
]
for _l in mc.BANKS:
    mc.BANKS[_l]["sales"] = list(_SPOOF_PITCH)
    mc.BANKS[_l]["pitch"] = list(_SPOOF_PITCH)
    mc.PHISH_NOTES[_l] = list(_PHISH)
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question, Alex", "Idea for ShiftHarbor", "Fill rates", "15 min this week?", "Re: your night shift coverage"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
OLD: set[str] = set()   # people whose mail is in the 2016 layout; everyone else is current


def old(name: str) -> str:
    OLD.add(name)
    return name


# =============================================================== good_invitation
P("good_invitation", "en", "Renata Okafor", "Travel RN, ICU | CCRN | Houston", "Houston, TX",
  ("inv", "Hi Alex! ICU nurse here, 9 yrs, wrapping up a travel contract in the Med Center in March. A friend who picks up shifts "
          "with ShiftHarbor says y'all are growing per diem in Austin. Do you onboard nurses directly? I'd love to get on the roster."),
  ("rem",))
P("good_invitation", "en", "Tom Brannigan", "Partner, Healthcare Services | Lone Star Ventures", "Austin, TX",
  ("inv", "Alex, during SXSW we're doing a small off-the-record dinner for ops leaders at staffing and home-health startups. "
          "No pitches, no fundraising, just 12 operators comparing notes on fill rates and margin. Our treat. Can I save you a seat?"))
P("good_invitation", "en", "Keisha Lamont", "COO | Tandem Home Health", "Nashville, TN",
  ("inv", "hey Alex, saw your thread in the healthcare ops slack about getting credentialing down to 48 hrs. we're stuck at like 9 days "
          "and it's killing us. any chance you'd tell me what you changed? happy to trade our payer enrollment playbook"),
  ("rem",))
P("good_invitation", "en", "Bill Sorensen", "Host, The Night Shift podcast | Retired CNO", "Minneapolis, MN",
  ("inv", "Hi Alex, I host The Night Shift, a small podcast for nurse leaders (mostly CNOs and unit managers). Would you come on and "
          "talk candidly about what per diem staffing gets wrong? We never charge guests or sell sponsor packages. 40 min on Zoom, your schedule."))
P("good_invitation", "en", "Patricia Nguyen-Holt", "Director of Education | Texas Association of Healthcare Staffing", "Dallas, TX",
  ("inv", "Good afternoon Alex. We're running a free two-hour webinar on the new state agency reporting rules on Feb 12, open to "
          "non-members too, and it carries 2.0 contact hours for the RNs on your team. May I send you the registration link?"))
P("good_invitation", "en", "Sam Whitaker", "Operating Partner | former COO, travel nursing", "Denver, CO",
  ("inv", "Alex, Priya Raman asked me to reach out. I ran ops at a travel nursing company through two rounds of hypergrowth and she "
          "thinks I can spare you a few painful VMS mistakes. Glad to get on a call whenever. No agenda and no invoice, promise."))
P("good_invitation", "en", old("Lorraine Baptiste"), "Nurse Manager, Med-Surg | Ochsner", "New Orleans, LA",
  ("inv", "Alex, we met at the nurse leaders regional in Baton Rouge, you asked the good question about float pools. A few of us "
          "managers get together for coffee once a month to swap scheduling tricks. You'd be more than welcome, cher."))


# =============================================================== default_invitation
P("default_invitation", "en", "Chad Rollins", "Sales Development Representative | Staffing Tech", "Denver, CO", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brianna Fulton", "RN | BSN", "Tulsa, OK", ("inv", NONOTE))
P("default_invitation", "en", old("Greg Osterman"), "Investor | Advisor | Board Member", "Scottsdale, AZ", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Tillman", "Account Executive @ Outbound.ai | AI SDRs that book meetings while you sleep", "San Francisco, CA",
  ("inv", "Alex, quick one: our AI SDR books 30+ meetings a month for staffing cos like ShiftHarbor with zero added headcount. "
          "Hospital buyers reply thinking it's a person 😅 Open to a 15-min demo next week?"))
P("sales_invitation", "en", "Heather McNamara", "Enterprise AE | CredentialIQ", "Boston, MA",
  ("inv", "Hi Alex, I work with staffing COOs who are buried in license verifications. CredentialIQ automates primary source "
          "verification across every state board. Could I grab 20 minutes to walk you through what firms your size are doing?"),
  ("rem",))
P("sales_invitation", "en", "Ronald Pruitt", "Joint Commission Certification Consultant | Former Surveyor", "Chicago, IL",
  ("inv", "Alex, staffing firms with Joint Commission certification win more hospital MSP contracts, period. I've taken 40+ agencies "
          "through it. My mock-survey package starts at $6,500. Worth a conversation?"))
P("sales_invitation", "en", "Mariel Santos", "Growth Lead | StaffBridge Offshore - HIPAA-trained healthcare VAs", "Tampa, FL",
  ("inv", "Hi Alex! Paying $22/hr for credentialing coordinators in Austin? Our offshore VAs do the same work for $9/hr, fully "
          "HIPAA trained, your time zone. Can I send over our pricing sheet? 🙂"))
P("sales_invitation", "en", "Tyler Brandt", "Founder | MSP Pipeline | Hospital buyer meetings on demand", "Charlotte, NC",
  ("inv", "Hey Alex, we put staffing agencies in front of VPs of Nursing at 200+ bed hospitals. You only pay per meeting held. "
          "Want me to pull a sample target list for Austin and San Antonio so you can see the quality?"))
P("sales_invitation", "en", "Donna Kessler", "Benefits Consultant | PEO Solutions for W-2 Clinical Workforces", "Atlanta, GA",
  ("inv", "Good morning Alex, I help high-growth staffing organizations reduce benefits spend for W-2 clinicians by 18-25%. "
          "I would welcome the opportunity to schedule a brief discovery call ahead of your next plan year."),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Derek Almeida", "Host of Scrubs to Scale | Healthcare Founder Stories", "Miami, FL",
  ("inv", "Alex! Loved your comment on per diem burnout. I host Scrubs to Scale, a show about healthcare founders and operators, "
          "and I think your story would really land with our audience. Would you come on as a guest?"),
  ("msg", "Awesome, thanks for connecting! So here's how it works: guest episodes are part of our Featured Founder package ($1,950), "
          "which covers production, a clip reel for your socials and a feature in our newsletter. Want me to send the invoice and booking link?", (2, 8)))
P("bait_and_switch_invitation", "en", "Kyle Hendricks", "Community Lead | Healthcare Operators Collective (Slack)", "Austin, TX",
  ("inv", "Hey Alex, I run a private Slack for ops leaders at healthcare startups, about 300 COOs and VPs Ops trading SOPs, vendor "
          "reviews and comp data. Invite-only and free for operators. Want in?"),
  ("msg", "Glad you're in! Heads up: operators who want the vendor database and comp benchmarks move to our Pro tier, $349/mo billed "
          "annually. If you sign up this week I can knock 20% off."),
  ("msg", "Also, separate from the community: I do fractional COO coaching for founders scaling past 100 clinicians. Given where "
          "ShiftHarbor is, would a 30-min strategy session help? First month is $3k.", (10, 30)))
P("bait_and_switch_invitation", "en", "Melinda Crowder", "VP Operations | Healthcare Services", "Birmingham, AL",
  ("inv", "Hi Alex, fellow ops gal in healthcare staffing over here in Alabama. Always good to know other folks fighting the same fires. "
          "Would love to connect!"),
  ("msg", "Thanks for connecting Alex! So funny enough I just joined PayrollPoint as Director of Partnerships, we do same-day pay for "
          "per diem clinicians and nurses LOVE it. Think it'd be a great fit for your team. Do you have 15 min Thursday?", (3, 14)))
P("bait_and_switch_invitation", "en", "Nate Gundersen", "Founder | ShiftMath - labor analytics for staffing", "Salt Lake City, UT",
  ("inv", "Alex, we just finished a 2025 benchmark of per diem fill rates and bill rates across 38 Texas hospitals. Glad to send you "
          "the full PDF, no form to fill out, no catch."),
  ("msg", "Here's the benchmark as promised. By the way, it's built on ShiftMath, which flags underpriced shifts in real time. Would you "
          "be open to a demo with your finance lead? We have pilot pricing for Texas firms through Q1."),
  ("msg", "Hi Alex, following up on the demo. I can do Tue 10am or Wed 2pm CT, which works better?", (5, 12)))
P("bait_and_switch_invitation", "en", "Courtney Ashby", "Investor | Healthcare & Future of Work", "New York, NY",
  ("inv", "Hi Alex, I invest in healthcare workforce companies and ShiftHarbor keeps coming up in conversations. Would love to connect "
          "and learn more about what you're building."),
  ("msg", "Thanks for connecting! To be transparent, I run Catalyst Capital Access and we prep founders for their Series A. Our "
          "investor-readiness program ($4,800) includes a deck rewrite and warm intros to 40 healthcare funds. Want me to send the syllabus?", (4, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Lacey Monroe", "Producer | The Operator Hour podcast", "Nashville, TN",
  ("inm", "Guest invite: The Operator Hour", "Hi Alex, I produce The Operator Hour, a weekly show where COOs walk through how they actually "
          "run things. Our host heard about ShiftHarbor's credentialing turnaround and asked me to invite you on. Would you be up for it? "
          "Recording is remote and takes about 45 minutes."),
  ("inm", "Re: Guest invite: The Operator Hour", "So glad you're interested! One housekeeping item before I send dates: guests cover a "
          "one-time production and promotion fee of $1,200, which gets you the full episode, three short clips and placement in our "
          "LinkedIn ad campaign. I can send the payment link today.", (2, 9)))
P("bait_and_switch_inmail", "en", "Warren Pike", "Employment Compliance Advisor | I-9 & E-Verify", "Phoenix, AZ",
  ("inm", "Question on I-9s for travelers", "Alex, trying to settle a debate with a colleague. When your travelers work in a different "
          "state than your HQ, who completes Section 2 of the I-9, your team or a remote agent? I'd really value a working operator's view."),
  ("inm", "Thank you + a thought", "Thanks for that, super helpful. Full disclosure, my firm does I-9 and E-Verify audits for staffing "
          "companies, and most of the files we review have a 10-15% error rate. Could I send a proposal for a remote audit of yours? "
          "$2,900 flat."),
  ("inm", "Following up on the audit", "Hi Alex, just bumping the audit proposal. ICE has been busy in Texas this year, happy to hop on "
          "a call to walk through scope.", (6, 14)))
P("bait_and_switch_inmail", "en", "Priyanka Mehta", "Research Lead | Clinician Workforce Insights", "Chicago, IL",
  ("inm", "5-min survey for staffing COOs (you get the results)", "Hi Alex, we're surveying ops leaders at clinical staffing firms about "
          "per diem cancellations and no-shows. It's 8 questions, and every participant gets the full anonymized report before it's published. "
          "Would you take it? Link below."),
  ("inm", "Thanks for taking the survey!", "Really appreciate it, Alex. Report lands next month. In the meantime, our parent company "
          "ShiftPulse offers a clinician engagement platform that cuts no-shows by 30%. I'd love to set up a 20-min demo with your team. "
          "What does next week look like?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", old("Bobby Ray Tatum"), "Owner | Tatum Medical Staffing", "Lubbock, TX",
  ("end",), ("end",),
  ("msg", "Howdy Alex! Went ahead and endorsed you for {skill}, you've earned it. Mind doin' the same for me on Healthcare Staffing "
          "and Contract Negotiation? Tryin' to spruce up the ol' profile before a big hospital RFP. Much obliged."))
P("endorse_me_back", "en", "Alyssa Chen", "Head of Operations | Brightside Therapy", "San Francisco, CA",
  ("end",),
  ("msg", "hiii Alex! endorsed you for {skill} 🙌 could you endorse me back for Operations Management + Process Improvement? "
          "going for a promo and my manager actually looks at this stuff lol"))
P("endorse_me_back", "en", "Gerald Whitmore", "Senior Vice President, Strategic Partnerships", "Cleveland, OH",
  ("end",), ("end",),
  ("msg", "Alex, I have taken the liberty of endorsing you for {skill}. In the spirit of reciprocity, I would be grateful if you "
          "would consider endorsing my skills in Strategic Partnerships and Executive Leadership at your earliest convenience. Kind regards, Gerald"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brent Haskins", "SDR | ShiftSync Scheduling", "Denver, CO",
  ("inv", "Alex - ShiftSync cuts schedule-building time by 70% for staffing ops teams. 15 min to show you how?"),
  ("rem",),
  ("inm", "Wow", "Sent you an invite plus two follow-ups and nothing. Must be nice to be too important to answer people who are literally "
          "trying to help your business. Ops leaders like you are the reason startups fail. Good luck with that."))
P("hostility_after_decline", "en", "Tamara Jessup", "RN | Travel Nurse", "Shreveport, LA",
  ("inv", "hi Alex im an RN looking for per diem in the austin area, can we connect"),
  ("inm", "seriously?", "you can ignore my request fine but dont act like your company cares about nurses. yall post 'we value our clinicians' "
          "all over linkedin and cant even accept a connection from one. fake as hell"))
P("hostility_after_decline", "en", old("Dwayne Koenig"), "Entrepreneur | Thought Leader | Veteran", "Oklahoma City, OK",
  ("inv", DEFAULT), ("rem",),
  ("inm", "A lesson for you", "Declining a connection from a veteran and fellow business owner says a lot about your character. Real leaders "
          "network. Maybe take a course on basic professionalism before you run that company into the ground."))
P("hostility_after_decline", "en", "Stephanie Lindqvist-Bauer", "Regional Director, Clinical Workforce Solutions | Meridian MSP", "Philadelphia, PA",
  ("inv", "Hello Alex, I lead vendor relations for a managed service provider that covers 14 hospitals in Texas. I would like to discuss "
          "adding ShiftHarbor to our supplier panel for Q3."),
  ("rem",),
  ("inm", "Per my previous invitation", "Alex, I find it remarkable that a company seeking hospital business would leave a direct "
          "invitation from an MSP unanswered for weeks. Frankly, it is unprofessional, and it will be reflected in our vendor assessment. Regards, Stephanie"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Cody Randall", "Account Executive | NurseLink Job Board", "Phoenix, AZ",
  ("msg", "Alex! Travel RN job postings on NurseLink are 30% off through the end of the month. Our Texas traffic is up 2x since "
          "spring. Want me to build you a package for your open per diem reqs?"),
  ("msg", "Bumping this, Alex. Want me to hold the discount for you?", (3, 8)),
  ("msg", "Honestly man, a 'no thanks' takes 3 seconds. You accept my connection just to ghost me? Classy. Hope your fill rates tank.", (5, 12)))
P("hostility_connection", "en", "Vanessa Pryor", "Founder | ScaleOps Consulting - fractional ops for healthcare", "Atlanta, GA",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex! As I mentioned, I run fractional ops engagements for staffing companies "
          "between Series A and B. My retainer is $7,500/mo with a 3-month minimum. Can we find 30 minutes to scope it?"),
  ("msg", "I can see you've read my messages. You invited ME, Alex, not the other way around. It's pretty disrespectful to waste people's "
          "time like this, and honestly I expected more from a COO.", (6, 18)))
P("hostility_connection", "en", "Travis McCord", "Healthcare Growth Strategist | AI Automation", "Las Vegas, NV",
  ("msg", "Yo Alex, we build AI outbound agents for healthcare staffing, they prospect hospitals 24/7 and book straight onto your calendar. "
          "Clients are seeing 4x pipeline in 60 days. Down for a quick demo?"),
  ("msg", "lol ok. enjoy paying SDRs 80k a pop while your competitors automate. dinosaur mindset. good luck out there", (4, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Lindsey Harlow", "Sales Development Rep | Vitalis VMS", "Columbus, OH",
  ("msg", "Hi Alex, hope your week's off to a great start! I noticed ShiftHarbor is hiring recruiters in Austin, which usually means shift "
          "volume is climbing. Vitalis helps staffing teams post, fill and invoice shifts in one place. Worth a quick chat?"),
  ("msg", "Hi Alex, bumping this to the top of your inbox in case it got buried. Would 15 minutes next Tuesday or Wednesday work?", (3, 6)),
  ("msg", "Alex, I haven't heard back so I'll assume the timing isn't right. Closing the loop on my end. If faster shift fills become a "
          "priority, my calendar link is in my profile!", (5, 9)))
P("connection_only_pitches", "en", "Ashton Pierce", "Founder | RevGen AI | Autonomous outbound", "Austin, TX",
  ("msg", "Hi Alex, I loved your recent post about {{recent_post_topic}}! As a fellow Austin founder I think ShiftHarbor would be a great "
          "fit for RevGen's AI-powered outbound. Would you be open to a quick call this week?"),
  ("msg", "Hey Alex, circling back. Our agents sent 1.2M personalized messages last quarter with a 9% reply rate. Happy to set you up "
          "with a free 14-day trial, just say the word.", (4, 10)))
P("connection_only_pitches", "en", old("Marjorie Tull"), "Financial Advisor | Equity & liquidity planning for startup founders", "Dallas, TX",
  ("msg", "Alex, congratulations on all the growth at ShiftHarbor! Founders often end up with a concentrated equity position and no plan "
          "for it. I'd be happy to offer a complimentary equity review, usually an hour."),
  ("msg", "Following up on that equity review. With QSBS rules and your vesting schedule there may be real tax savings on the table. "
          "I have a couple of openings next week."),
  ("msg", "One more note, Alex: if you have ISOs, the exercise window matters more than most people think. Shall we grab 20 minutes "
          "before year end?"))
P("connection_only_pitches", "en", "Hector Villarreal", "Business Development | Rio Grande Scrubs & Uniforms", "McAllen, TX",
  ("msg", "Alex, buenas! We make custom branded scrubs for staffing agencies so your nurses show up looking like one team. Bulk pricing "
          "from $18 a set. Can I ship you a few samples?"),
  ("msg", "Hey Alex, still got those samples set aside for y'all. Also running 10% off on orders over 200 sets through the end of "
          "the month. Just holler and I'll get the quote over.", (6, 20)))


# =============================================================== single_pitch
P("single_pitch", "en", "Paige Holloway", "Account Director | Hirewell Background Screening", "Kansas City, MO",
  ("msg", "Hi Alex, with your clinician roster growing I wanted to share that we turn around drug screens and background checks for "
          "nurses in under 24 hours in all 50 states. Could I send you a quote based on your monthly volume?"))
P("single_pitch", "en", old("Ben Adair"), "Commercial Insurance | Staffing & Healthcare Specialty", "Denver, CO",
  ("msg", "Alex, renewal season is coming up for med mal and workers' comp. In my experience staffing companies overpay by 15-20% "
          "because their carrier doesn't understand per diem exposure. Let me run a side-by-side quote, takes a week."))
P("single_pitch", "en", "Krista Lindgren", "Partnerships | Paystream | Daily pay for W-2 clinicians", "Minneapolis, MN",
  ("msg", "Hey Alex! Long time. Quick one, I'm at Paystream now and we do daily pay for W-2 clinicians, no cost to the nurse. "
          "Would you want to see a 20 min walkthrough?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priya Raman", "Angel investor | Healthcare services", "Austin, TX",
  ("msg", "Alex, intro time. Dr. Lena Ortiz runs nursing ops at Hill Country Health (4 hospitals) and is fed up with her current "
          "per diem vendor. I told her you're the most responsive ops person I know. She's expecting your email, I sent you her address. "
          "No pressure, just felt like a fit."),
  ("msg", "Also, the board deck template I mentioned is in the shared folder now. Steal whatever's useful.", (1, 5)))
P("connection_brings_value", "en", "Jolene Marsh", "COO | Prairie Home Care", "Omaha, NE",
  ("end",),
  ("msg", "Hey Alex, sharing the clinician onboarding checklist we built after our state audit, link below. It took our credentialing "
          "step from 11 days to 4. Free to use, tweak it however you like. Holler if you want the Notion version."))
P("connection_brings_value", "en", old("Rick Santangelo"), "Director of Nursing Workforce | Bayfront Health System", "Tampa, FL",
  ("msg", "Alex, heads up since you mentioned expanding into Florida: the state board is changing how it verifies compact licenses next "
          "quarter. Attached is the memo our compliance team sent around. Might save your credentialing folks a headache."))
P("connection_brings_value", "en", "Dr. Monique Ellis", "Associate Professor, Nursing Administration | UT Austin", "Austin, TX",
  ("msg", "Hi Alex, our DNP students are doing capstone projects on float pool design this spring. Would ShiftHarbor want to host one? "
          "It's free: they'd analyze your fill data under an NDA and hand you a written report in May."),
  ("msg", "Great, I've passed your name to the two students. They'll reach out next week. And your team is welcome at our retention "
          "lecture series, the April session is on night-shift attrition.", (4, 12)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Catherine Doyle-Hardy", "Partner, Healthcare Services Practice | Whitman Reid Executive Search", "Boston, MA",
  ("inm", "COO, PE-backed home health platform (confidential)", "Dear Alex, I'm leading a confidential COO search for a PE-backed home "
          "health platform with roughly 4,000 clinicians across the Southeast. The board wants someone who has scaled a clinical workforce "
          "under real regulatory pressure, which your background suggests. Would you be open to a discreet conversation?"))
P("stranger_inmail_recruiter", "en", "Luis Ortega", "Talent Acquisition Lead | Sunbelt Health Partners", "Phoenix, AZ",
  ("inm", "VP of Workforce Operations, Sunbelt Health", "Hi Alex, I'm the in-house recruiter at Sunbelt Health Partners. We're building "
          "an internal staffing agency for our 9 hospitals and need a VP of Workforce Operations to run it. Range is $210-240k plus bonus, "
          "and remote from Austin works. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "en", "Meredith Kane", "CEO | Carebound", "Seattle, WA",
  ("inm", "Would you consider a COO role?", "Alex, I'm the CEO of Carebound. We closed our Series B last month and I'm hiring a COO "
          "directly, no agency involved. I've followed how you built ShiftHarbor's credentialing engine and I'd love to tell you more. "
          "Coffee next time I'm in Austin?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Skyler Dunn", "SDR | Clinicon RCM", "Raleigh, NC",
  ("inm", "{{Company}} + Clinicon", "Hi Alex, I noticed {{Company}} is expanding and wanted to reach out. Clinicon helps healthcare "
          "organizations cut denied claims by 35% with AI-assisted billing. Would you be open to a 15-minute intro call?"),
  ("inm", "Re: {{Company}} + Clinicon", "Just floating this back up, Alex. Do you have 15 minutes this week?", (3, 7)))
P("stranger_inmail_sales", "en", "Ava Sinclair", "AI Sales Assistant at PipelineForge", "Remote",
  ("inm", "Quick idea for ShiftHarbor", "Hi Alex, I'm Ava, an AI assistant reaching out on behalf of Mark Feeney at PipelineForge. Mark "
          "thought ShiftHarbor might benefit from our hospital-buyer intent data, which shows which health systems are searching for staffing "
          "vendors right now. Would you like me to book 20 minutes on Mark's calendar?"))
P("stranger_inmail_sales", "en", "Preston Caldwell", "Managing Director | Caldwell Capital Advisors", "New York, NY",
  ("inm", "Series A for ShiftHarbor", "Alex, we've raised over $400M for healthcare services companies. For a business at your stage we "
          "run a 12-week process to a term sheet. Our model is a $15k monthly retainer plus a 2% success fee. Could we set up a call with "
          "you and your CEO?"),
  ("inm", "Checking in", "Alex, following up on my note. We have one slot left for a Q2 launch. Happy to share references from "
          "founders we've worked with.", (7, 20)))
P("stranger_inmail_sales", "en", "Chip Gallagher", "Host & Executive Producer | Healthcare Disruptors TV", "Orlando, FL",
  ("inm", "You've been selected: Healthcare Disruptors", "Congratulations Alex! Our editorial team selected you to be featured on Healthcare "
          "Disruptors, streamed to 2M viewers. Featured guests invest $3,500 for the segment, filming and distribution rights. "
          "Spots for the spring season are limited, can we confirm yours?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Sharon Pettibone", "Healthcare Compliance Advisor | Former state surveyor", "Austin, TX",
  ("inv", "Alex, I put together a free checklist of the 12 things state inspectors flag most often at staffing agencies. "
          "Glad to send it over, no strings attached."),
  ("msg", "As promised, here's the checklist. Item 7 catches almost everybody, so start there."),
  ("msg", "Hi Alex, hope the checklist came in handy! I'm opening three spots this quarter for my pre-inspection readiness review "
          "($4,200, two days on site). With your expansion, want me to hold one for ShiftHarbor?", (15, 40)))
P("good_turns_ugly", "en", "Jordan Beckett", "Head of Ops | NurseNest", "Portland, OR",
  ("inv", "hey Alex, fellow member of the ops collective slack. loved your post on no-show penalties, we tried something similar "
          "and I can share our data if it's useful"),
  ("msg", "here's the no-show data I mentioned (google sheet, view only). tl;dr penalties backfired, shift bonuses worked"),
  ("end",),
  ("msg", "hey! endorsed you for {skill}. would you mind endorsing me for Operations Management and Healthcare Staffing? "
          "quietly job hunting 🤫"))
P("good_turns_ugly", "en", "Whitney Caraway", "Principal | Bluebonnet Health Ventures", "Austin, TX",
  ("inv", "Alex, we host a free quarterly operators breakfast at our office on East 6th. Founders and COOs from our portfolio and "
          "friends, next one is Feb 6. Would love for you to join us."),
  ("msg", "So great to meet you at breakfast! Here's the deck from the workforce panel, as promised.", (20, 40)),
  ("msg", "Alex, wearing a different hat today: I advise Shiftly, a white-label scheduling app, and they're offering friends-of-Bluebonnet "
          "pricing to staffing companies, $1,100/mo. Want me to set up a demo with their head of sales?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Carson Vail", "Sales | DialWise AI Power Dialer", "Scottsdale, AZ",
  ("inm", "Your recruiters could dial 3x faster", "Hi Alex, our AI power dialer lets nurse recruiters call 300 candidates an hour and "
          "leaves voicemails automatically. Can I show you a 10-minute demo?"),
  ("inv", "Hey Alex, big fan of what ShiftHarbor is doing for nurses in Texas. Would be great to be connected here!"))
P("reinvite_known_bad", "en", "Tiffany Orr", "Business Development | Healthcare Staffing", "Houston, TX",
  ("inv", DEFAULT),
  ("inv", "Hi Alex! We were both at the Texas staffing summit in Galveston, would love to stay in touch."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Lance Burkhart", "Owner | Burkhart Nurse Staffing | Overflow coverage", "Fort Worth, TX",
  ("inv", "Alex, when y'all can't fill a shift, we can. Subcontract your overflow to us at a fair split. Let's talk."),
  ("inm", "Figured", "Not even a 'no thanks'? Typical Austin tech bro arrogance. You'll be begging vendors like me when your VC money runs out."),
  ("inv", "New year, clean slate. Would be good to connect, Alex."))
P("reinvite_known_ugly", "en", "Kimberly Strand", "Healthcare Ops Leader | Wellness Entrepreneur", "Boise, ID",
  ("inm", "Fellow woman in healthcare ops", "Hi Alex! I'm a fellow woman in healthcare operations and I'm really trying to learn from "
          "people who've scaled teams. Would you be open to sharing any advice on moving from director to COO?"),
  ("inm", "Thank you!!", "Thank you so much for replying Alex, it meant a lot. I also wanted to share something: I've started a wellness "
          "business on the side with an amazing team of women and we're looking for a few driven leaders to partner with. The income has been "
          "life changing. Can I show you the opportunity on a quick call?", (3, 10)),
  ("inv", "Hi Alex, it's been a while! Would love to officially connect here 💛"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Dale Hutchins", "Regional VP Sales | MedCred Verify", "Louisville, KY",
  ("acc",),
  ("msg", "Thanks for connecting after the ASA conference, Alex! Like I mentioned at the booth, MedCred does continuous license "
          "monitoring so you'd never miss a lapse. Could I get 20 minutes next week to show you?"))
P("user_invited_pitch_once", "en", "Rebecca Tran", "Partner | Tran & Oyelaran LLP | Employment law for staffing firms", "Houston, TX",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. Since you're adding 1099 allied techs, you may want our flat-fee worker classification review, "
          "$5,000, done in two weeks. Happy to send an engagement letter."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Garrett Lowe", "Enterprise AE | ShiftStack VMS", "Chicago, IL",
  ("acc",),
  ("msg", "Appreciate the connection, Alex! Since you're evaluating vendor management systems, ShiftStack plugs into the big MSPs and "
          "handles rate cards automatically. Can I get a demo on the books?"),
  ("msg", "Hi Alex, following up. We're running a promo for Q4 signings, 3 months free on implementation. Worth 20 min?", (7, 20)))
P("user_invited_pitch_twice", "en", "Anita Kapoor", "Founder | CEU Pathways | Continuing education for nurses", "Cincinnati, OH",
  ("acc",),
  ("msg", "Thank you for accepting! We license CE courses to staffing agencies so your nurses renew on time, $14 per nurse per month. "
          "Want a 30-day trial for your roster?"),
  ("msg", "Alex, Texas license renewals pile up in the fall. Shall I send the contract so your nurses have access by September?"))
P("user_invited_pitch_twice", "en", "Mason Reilly", "Managing Director | Reilly Insurance Group | Staffing Specialty", "Chicago, IL",
  ("acc",),
  ("msg", "Great to connect, Alex. We insure 60+ staffing firms nationwide. I'd like to benchmark your professional liability and "
          "workers' comp against peers, just need your last two dec pages."),
  ("msg", "Alex, circling back on the benchmark. Our carriers are hungry for healthcare staffing this quarter, so pricing is favorable. "
          "Can we get 15 minutes on the calendar?", (10, 25)))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Angela Forsythe", "Chief Nursing Officer | Pecos Valley Medical Center", "Midland, TX",
  ("acc",),
  ("msg", "Thanks for reaching out, Alex. Yes, we'd love to talk about per diem coverage for our ICU this winter, we're short about six "
          "FTEs. Could your team send me your credentialing process so I can loop in our HR director?"))
P("user_invited_value", "en", "Theo Brandvold", "COO | Northstar Dialysis Staffing", "Minneapolis, MN",
  ("acc",),
  ("msg", "Good to connect after that Slack thread. Here's our comp band spreadsheet for per diem RNs across six states, anonymized. "
          "Share it with your team, just please don't post it publicly."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Lena Ortiz", "VP Nursing Operations | Hill Country Health", "Austin, TX", ("acc",))
P("acceptance_only", "en", old("Hank Dubois"), "Board Member | Texas Hospital Association", "Austin, TX", ("acc",))
P("lone_endorsement", "en", "Marisol Cantu", "RN, ICU | per diem with ShiftHarbor", "San Antonio, TX", ("end",))
P("lone_endorsement", "en", old("Eddie Wojcik"), "Operations Manager | Northwestern Medicine", "Chicago, IL", ("end",))


for _person in PEOPLE:
    for _step in _person[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_person[2], len(_step[1]))
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Renata Okafor", "renata.okafor.rn@mailbox.example", "Per diem application - Renata Okafor, RN",
     "Hi Alex,\n\nI also sent you a request on LinkedIn but figured email might be faster. Attached are my license verification and resume. "
     "Available nights starting March 20.\n\nThanks!\nRenata", "en"),
    ("Healthcare Operators Collective", "digest@hoc-community.example", "Your weekly digest: 14 new messages in #staffing-ops",
     "Top threads this week:\n- Credentialing turnaround: what's realistic?\n- Pro members: new vendor reviews are live\n\n"
     "New here? Drop your LinkedIn profile in #intros so people can find you.", "en"),
    ("Priya Raman", "priya@ramanangels.example", "Intro: Alex <> Lena (Hill Country Health)",
     "Lena, meet Alex, COO at ShiftHarbor. Alex, meet Lena, who runs nursing ops at Hill Country Health.\n\n"
     "I pointed you to each other on LinkedIn too. I'll let you two take it from here.\n\nPriya", "en"),
    ("Calendly", "notifications@calendly.example", "New Event: Dale Hutchins - 20 Minute Meeting",
     "A new event has been scheduled.\n\nInvitee: Dale Hutchins\nEvent: 20 Minute Meeting\nQuestions: How did you hear about us? LinkedIn", "en"),
    ("Jake Tillman", "jake@outbound-ai.example", "Tried you on LinkedIn",
     "Alex,\n\nI reached out on LinkedIn but figured I'd try here too. Our AI SDR booked 34 meetings for a staffing firm in Dallas last month. "
     "Worth 15 minutes?\n\nJake", "en"),
    ("ShiftHarbor People Team", "people@shiftharbor.example", "Reminder: update your LinkedIn headline for the rebrand",
     "Hi team,\n\nthe new logo and tagline go live Monday. Please update your LinkedIn headline and banner by Friday. Templates are in the drive.", "en"),
    ("Scrubs to Scale Podcast", "booking@scrubstoscale.example", "Invoice #1042 - Featured Founder package",
     "Hi Alex,\n\nfollowing up on our LinkedIn conversation, here's the invoice for the Featured Founder package ($1,950). "
     "Once it's paid we'll send recording dates.", "en"),
    ("Gusto", "no-reply@gusto.example", "Payroll processed for ShiftHarbor",
     "Your payroll for the period ending Friday has been processed. Hiring? You can now post jobs to LinkedIn directly from Gusto.", "en"),
    ("Texas Association of Healthcare Staffing", "events@tahs.example", "Registration confirmed: Agency Reporting Rules webinar",
     "You're registered for the free webinar on Feb 12. Contact hours certificates are emailed afterwards. Follow us on LinkedIn for updates.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-ninth development corpus (dev79). Generated by scripts/make_corpus_dev79.py (seed {SEED}); do not edit by hand.",
          "# Alex as COO of a healthcare-staffing startup in Austin: automated sales sequences, SDRs and AI SDR tools, investors, compliance "
          "consultants, nurses and recruiters, peer operators from founder Slack communities, podcasters (free and pay-to-play), trolls and "
          "sore losers. American English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev79", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
