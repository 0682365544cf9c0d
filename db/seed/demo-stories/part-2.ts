// Demo stories, part 2 of 3: content, not code (over 300 lines because stories are long).
import type { DemoStory } from "./types";

export const demoStoriesPart2: DemoStory[] = [
  {
    slug: "protein-structure-models-speed-up-plastic-eating-enzyme",
    title: "Protein-structure models help redesign a plastic-eating enzyme to work four times faster",
    tldr:
      "Researchers at the Northwater Institute of Biocatalysis used structure-prediction and inverse-folding models to narrow 14,000 candidate enzymes down to 96 for lab testing. The best variant broke down bottle-grade PET about four times faster than its parent, and the team has published every tested variant, including the failures.",
    takeaways: [
      "Computational screening cut more than 14,000 proposed enzyme variants down to 96 that were actually made and tested.",
      "The top variant, NW-H7, depolymerised 90 percent of post-consumer PET flakes in 16 hours instead of about 64.",
      "The recovered building blocks were turned back into new PET that matched virgin plastic in standard strength tests.",
      "Industrial enzyme production and pretreatment of highly crystalline plastics remain unsolved cost hurdles.",
      "The team released its scoring code and all 96 results, including the 65 variants that did not beat the original.",
    ],
    body: `Plastic bottles are chemically stubborn. Polyethylene terephthalate, or PET, is built from long, tightly packed chains that most microbes simply ignore, which is why a discarded water bottle can persist for centuries. A team at the Northwater Institute of Biocatalysis has now used protein-structure models to redesign an enzyme that unzips those chains roughly four times faster than the best version they started with, and it keeps working at temperatures where PET becomes easier to attack.

The results are described in a [preprint posted this week](https://doi.org/10.1101/2026.04.22.649318), together with the full list of designs the group tested.

## From thousands of guesses to a short list

Enzyme engineering used to be a slow loop: make a mutation, express the protein, test it, repeat. The Northwater group, led by biochemist Ilse Verhoeven, changed the order of operations. Starting from a known PET-degrading hydrolase, they asked a structure-prediction model to fold more than 14,000 computationally proposed variants. Many of those candidates came from an inverse-folding model, which suggests amino-acid sequences likely to adopt a given shape, and the team pointed it at the groove where the plastic chain binds.

Each predicted structure was then scored on three questions:

- how snugly the binding groove fits a short fragment of PET,
- how rigid the protein stays in simulations at 70 °C,
- whether the catalytic residues hold the precise geometry needed to cut the ester bond.

Only 96 designs made it to the wet lab. That is the real story here: **the models did not replace experiments, they made experiments count**. Of the 96, 31 outperformed the parent enzyme. The best, which the team calls NW-H7, combines four mutations that nobody on the project says they would have picked by intuition.

## What the numbers show

In tests on shredded, post-consumer bottle flakes, NW-H7 broke down 90 percent of the plastic into its chemical building blocks within 16 hours at 68 °C. The parent enzyme needed about 64 hours to reach the same point. The redesigned protein also stayed folded at temperatures roughly 9 °C higher, which matters because PET softens near 70 °C and its chains become far more accessible.

"The structure predictions were good enough to rule things out, and that turned out to be most of the value," said Kwame Asante-Ruiz, a computational biologist on the team.

The recovered monomers were purified and repolymerised into fresh PET that performed like virgin material in standard tensile tests. That is a step toward genuinely closed-loop recycling, rather than downcycling bottles into lower-grade fibres.

## The caveats worth keeping in mind

Enzymatic recycling is not new, and several pilot plants already operate. Speed is only one hurdle. Highly crystalline PET, such as the material in some food trays, still needs energy-intensive pretreatment before any enzyme can get a grip. Producing enzymes cheaply at industrial scale is its own engineering problem, and real waste streams contain dyes, labels and other polymers that slow the reaction down.

The authors are open about this. Their techno-economic estimate suggests the faster enzyme could shorten reactor time enough to lower processing costs by about a fifth, but that figure rests on assumptions about enzyme production that have not yet been tested outside the lab.

## Why it matters anyway

The durable contribution is the workflow. The team has released its scoring code and the [complete variant dataset](https://zenodo.org/records/15837420), including the 65 designs that did not beat the parent. Negative results like these are rarely published, yet they are exactly what the next generation of design models needs to learn from. Verhoeven says the group is now applying the same pipeline to enzymes that target polyurethane foams, a far tougher material.

If that effort goes even half as well, lab benches may soon spend less time hunting for good ideas and more time confirming them.`,
    tags: ["science", "climate"],
    author: "Maren Okafor",
    hoursAgo: 1046,
    cover: {
      url: "/images/covers/science.svg",
      alt: "Abstract illustration of interlocking geometric shapes suggesting a folded protein molecule",
    },
    sources: [
      {
        url: "https://doi.org/10.1101/2026.04.22.649318",
        title:
          "Structure-guided redesign of a thermostable PET hydrolase yields fourfold faster depolymerisation of post-consumer plastic",
        kind: "preprint",
      },
      {
        url: "https://zenodo.org/records/15837420",
        title: "NW-H7 design campaign: tested variants, assay results and scoring code",
        kind: "dataset",
      },
      {
        url: "https://northwater-biocatalysis.org/news/nw-h7-pet-enzyme",
        title: "Northwater releases design pipeline and variant data for PET-degrading enzyme",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "ai-maths-tutor-helped-rural-middle-schoolers-close-gap",
    title: "An AI maths tutor helped rural middle schoolers close most of a long-standing gap",
    tldr:
      "A one-semester, classroom-randomised pilot of the Stepwise tutoring system in the Upper Merrow Valley School District narrowed the district's maths gap with the state average from about 11 points to about 3. The independent evaluation found the biggest gains among students who started near the bottom of their class.",
    takeaways: [
      "About 1,100 students in grades six to eight across 14 rural schools took part in the pilot.",
      "Students in Stepwise classrooms scored 0.27 standard deviations higher than peers in comparison classrooms.",
      "The tutor gives hints instead of answers, works offline, and checks its feedback with a symbolic maths engine.",
      "Researchers caution that one semester is short and that state test results are still to come.",
    ],
    body: `For years, the middle schools of the Upper Merrow Valley School District have posted maths scores about 11 points below the state average. The reasons are familiar to anyone who has taught in a rural district: long bus rides, hard-to-fill teaching posts, and homes where broadband is patchy or absent. A one-semester pilot of an AI tutoring system has now narrowed that gap to about three points, according to an independent evaluation released this month.

## How the pilot worked

The tutor, called Stepwise, was built by Open Lantern Learning, a small nonprofit, and tested across 14 schools with roughly 1,100 students in grades six to eight. Classrooms were randomly assigned either to use Stepwise for three 25-minute sessions a week or to continue with their usual practice materials. Researchers at the Center for Rural Education Research at Westbrook State University designed and ran the evaluation; Open Lantern had no role in analysing the results.

A few design choices set the tool apart:

- **It does not hand out answers.** The tutor responds to a mistake with a question, then a smaller hint, nudging students to find the step they skipped.
- It runs offline on school-issued laptops and syncs when a connection appears, so students at the far end of a bus route can keep working at home.
- Teachers receive a weekly summary of which concepts each student is stuck on, written in plain language rather than as a wall of percentages.
- Every answer the tutor marks is verified by a symbolic maths engine, not just the language model, to cut down on confident but wrong feedback.

## What changed

On an end-of-semester assessment covering fractions, ratios and early algebra, students in Stepwise classrooms scored 0.27 standard deviations higher than their peers in comparison classrooms. That is a meaningful effect for a school intervention. Well-regarded tutoring programmes report gains in a similar range, but usually with human tutors and far higher costs per pupil.

The gains were largest for students who began the semester in the bottom third of their class, which is where most of the district's gap with the state came from.

> "The kids who used to sit quietly and wait for me to get around to them had something to push against," said Renata Oyelaran, who teaches seventh grade at one of the pilot schools. "I still did the teaching. The tutor just meant nobody was stuck for twenty minutes."

Teachers also reported that the weekly summaries changed how they planned lessons. Several said they regrouped students mid-week based on what the reports showed.

## Reasons for caution

The evaluation team is careful not to overclaim. One semester is short, and novelty can inflate early results. Randomisation happened at the classroom level, so some of the effect may reflect differences between teachers. And the assessment was designed by the researchers; scores on the state's own standardised test will not be available until later this year.

There are practical questions too. Stepwise worked partly because teachers received two days of paid training and a named contact at Open Lantern they could call when something went wrong. Scaling that kind of support is harder than scaling software.

## What comes next

The district has agreed to a full-year follow-up with a larger sample and a pre-registered analysis plan. The [full evaluation report](https://crer.westbrookstate.edu/reports/stepwise-pilot-evaluation) is public, including the instances where the tutor's hints confused students rather than helped them. Open Lantern says it will publish its hint-design guidelines under an open licence so other developers can test and improve on them.

For a district that has spent a decade trying to close the same gap, a tool that costs less per student than a textbook, and that gives teachers more information rather than less control, is a promising place to start.`,
    tags: ["education", "research"],
    author: "Tomasz Lindqvist",
    hoursAgo: 957,
    sources: [
      {
        url: "https://crer.westbrookstate.edu/reports/stepwise-pilot-evaluation",
        title:
          "Stepwise in Upper Merrow Valley: Results from a One-Semester Classroom-Randomised Pilot",
        kind: "paper",
      },
      {
        url: "https://openlanternlearning.org/news/stepwise-hint-guidelines",
        title: "Open Lantern Learning to publish Stepwise hint-design guidelines under an open licence",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "satellite-ai-pinpointed-methane-leaks-operators-fixed-most",
    title: "Satellite AI pinpointed methane leaks across an oil basin, and operators fixed most of them",
    tldr:
      "The Tern Atmospheric Lab's PlumeScope model confirmed 312 methane plumes in a 40,000-square-kilometre production basin over 14 months. Thanks to a rapid notification agreement with a regional regulator, operators reported repairs at 188 of the 241 facilities identified, within 30 days.",
    takeaways: [
      "PlumeScope detects methane plumes in hyperspectral satellite data, estimates their size and traces them to likely source facilities.",
      "Operators received each confirmed detection within 72 hours, with images, coordinates and an estimated emission rate.",
      "Follow-up satellite passes showed no detectable plume at 164 of the repaired sites.",
      "Small leaks below about 100 kilograms per hour and cloudy winter months remain blind spots.",
    ],
    body: `Methane is a quiet problem with loud consequences. Over a 20-year horizon, a tonne of it traps roughly 80 times more heat than a tonne of carbon dioxide, and a large share of human-caused emissions comes from wells, compressors and pipelines that nobody realises are leaking. A 14-month project led by the Tern Atmospheric Lab, a nonprofit research group, suggests that finding those leaks from orbit, and actually getting them fixed, is now practical.

## Seeing a gas you cannot see

Methane is invisible to the eye, but it absorbs light at specific shortwave-infrared wavelengths. Hyperspectral satellites can pick up that faint fingerprint, though the signal is easily confused with bright rooftops, wet soil or the edges of clouds. Tern's model, PlumeScope, was trained on thousands of controlled-release experiments, in which a known quantity of gas is vented on purpose, alongside a large library of labelled false alarms.

The system does three jobs in sequence:

- it flags candidate plumes in each new satellite pass and filters out surface artefacts,
- it estimates the emission rate using local wind data,
- it traces each plume back to the most likely source facility using public infrastructure maps.

Every detection is then reviewed by a human analyst before anything leaves the lab.

## From detection to repair

Detection alone does not cut emissions, and the project's most interesting feature is what happened next. Under a voluntary agreement with the Western Plains Energy Commission, a regional regulator, Tern sent each confirmed detection straight to the responsible operator within 72 hours of the satellite pass, with the image, the estimated rate and precise coordinates.

Over the study period, PlumeScope confirmed 312 plumes across a 40,000-square-kilometre production basin. Analysts attributed 241 of them to specific facilities. Operators reported repairs or operational changes at 188 of those within 30 days, most often a stuck valve, an unlit flare or a faulty hatch on a storage tank. Follow-up passes found no detectable plume at 164 of the repaired sites.

The team estimates the fixes avoided around **21,000 tonnes of methane a year**, roughly comparable in warming impact to the annual exhaust of several hundred thousand cars, though the authors stress that the uncertainty on that figure is wide.

"Operators told us the hardest part was never the repair. It was knowing where to send the crew," said Amara Lindqvist-Bello, Tern's field programme lead.

## What the satellites miss

The approach has known blind spots, and the [peer-reviewed study](https://doi.org/10.5194/amt-2026-118) documents them plainly. The current detection threshold is about 100 kilograms per hour, so many small, chronic leaks, which together may account for a large share of a basin's emissions, go unseen. Clouds and snow cut the number of usable passes by nearly half in winter. And 71 plumes could not be confidently attributed, often because several facilities sit close together.

Tern argues that satellites are best treated as one layer in a tiered system. They point ground crews and survey aircraft toward the biggest problems, so that slower, more sensitive methods can handle the rest.

## A model for other regions

The lab has released PlumeScope's detection code and a [catalogue of analyst-reviewed plumes](https://ternatmospheric.org/data/plumescope-reviewed-plumes), and it is in talks with two other regulators about similar notification agreements. The commission, for its part, says it will make rapid repairs a formal expectation for operators in the basin from next year.

The lesson reaches beyond methane. An AI system earns its keep when its output lands on the desk of someone who can act on it, quickly, and with enough detail to make acting easy.`,
    tags: ["climate", "science"],
    author: "Priya Venkataraman",
    hoursAgo: 871,
    cover: {
      url: "/images/covers/climate.svg",
      alt: "Abstract illustration of soft concentric bands over a muted landscape, evoking gas plumes seen from orbit",
    },
    sources: [
      {
        url: "https://doi.org/10.5194/amt-2026-118",
        title:
          "Satellite-based detection, attribution and repair follow-up of methane plumes in a 40,000 km² production basin",
        kind: "paper",
      },
      {
        url: "https://ternatmospheric.org/data/plumescope-reviewed-plumes",
        title: "PlumeScope reviewed plume catalogue, version 1",
        kind: "dataset",
      },
      {
        url: "https://westernplainsenergy.org/news/rapid-methane-repair-expectation",
        title: "Western Plains Energy Commission to formalise rapid methane repair expectations",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "deaf-co-designers-shaped-sign-language-translation-app",
    title: "Deaf co-designers shaped a sign language translation app that knows its own limits",
    tldr:
      "Handwise, a sign-to-text app from Ashgrove University's Deaf Studies Lab, was built with 40 paid deaf co-designers who held a veto over its features. It targets short counter conversations rather than replacing interpreters, and in a pharmacy trial 84 percent of exchanges were completed entirely through the app.",
    takeaways: [
      "Forty deaf signers worked on Handwise from the first meeting as paid co-designers with authority to block features.",
      "The app focuses on brief, predictable exchanges such as those at pharmacy and ticket counters.",
      "Every translated line carries a confidence indicator, and the deaf user can check and correct it before it is shown.",
      "The training data is held by a deaf-led community trust, and contributors can withdraw their videos.",
    ],
    body: `Most attempts at automatic sign language translation have followed the same arc: a hearing-led team collects videos, trains a model to recognise hand shapes, and announces a glove or an app that deaf people did not ask for. Handwise, released this month by the Deaf Studies Lab at Ashgrove University, took a different route. Forty deaf signers were on the project from its first meeting, as paid co-designers with a veto over features.

The result is narrower than the usual pitch. Early evidence suggests it is also far more useful.

## Designed around real conversations

The co-design group began by mapping where communication actually breaks down. Their answer was not lectures or long conversations, where human interpreters remain essential, but short, high-stakes exchanges at counters: the pharmacy, the ticket office, the reception desk at a GP surgery. Those encounters are brief and mostly predictable, and they often happen when booking an interpreter is impossible.

So Handwise focuses on them. A deaf user signs toward a phone propped on the counter; the hearing staff member sees a text translation, and their spoken reply is transcribed back. Several features came directly from the co-designers:

- **Facial grammar is treated as grammar.** In British Sign Language, raised eyebrows or a tilt of the head can turn a statement into a question, so the model tracks the face as closely as the hands.
- A confidence indicator sits beside every translated line, and low-confidence phrases appear in grey with a prompt to rephrase rather than being guessed.
- The deaf user sees the translation before the hearing person does, and can correct or cancel it.
- Nothing is stored after the conversation ends unless the user chooses to save it.

> "We kept asking: who gets to be sure? In most apps, the hearing person reads the output and assumes it's right. Here, I'm the one checking what I said," said Niamh Castellanos, one of the co-designers and a longtime community advocate.

## Training data with consent

The recognition model was trained on about 1,600 hours of signing recorded by more than 300 deaf contributors, each of whom was paid and each of whom can withdraw their videos at any time. The collection deliberately includes regional variation and the signing of older people, both of which existing datasets tend to underrepresent. Lead researcher Tobias Mwangi-Hart said the team oversampled signers from outside major cities after early versions stumbled on regional vocabulary.

## How well it works

In a six-week field trial at 12 pharmacies, reported in an [accompanying paper](https://arxiv.org/abs/2605.08412), 84 percent of exchanges were completed entirely through the app, without falling back to written notes. When the app did fall short, the most common cause was specialist vocabulary such as medication names, which are usually fingerspelled and which the model still handles poorly. Deaf participants rated the experience as less tiring than writing back and forth, and pharmacy staff reported shorter interactions.

The team is blunt about what Handwise is not. It does not replace qualified interpreters for medical appointments, legal matters or anything complex, and the app says so on its opening screen.

## Ownership, not just input

Perhaps the most transferable part of the project is its governance. The co-design group continues as a standing panel with authority to block releases, and the training data is held by a deaf-led community trust rather than by the university. The app is free, and the lab has published its co-design protocol so that other teams can adopt it.

In a field with a long history of building for deaf people rather than with them, that structure may prove as important as the model itself, and it gives the next project a clear template to follow.`,
    tags: ["accessibility", "research"],
    author: "Tomasz Lindqvist",
    hoursAgo: 779,
    sources: [
      {
        url: "https://arxiv.org/abs/2605.08412",
        title: "Handwise: Co-designing counter-service sign language translation with Deaf signers",
        kind: "preprint",
      },
      {
        url: "https://deafstudies.ashgrove.ac.uk/news/handwise-launch",
        title: "Handwise app launches with a Deaf-led data trust and published co-design protocol",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "open-dataset-of-annotated-heart-sounds-for-murmur-detection",
    title: "Open dataset of 12,400 annotated heart sounds aims to make murmur detection fairer",
    tldr:
      "A consortium led by the Kinross Heart Institute has released Murmur Commons, 12,400 heart-sound recordings from 3,150 patients, each linked to a confirmatory echocardiogram. Its benchmark forces researchers to report results by site, device and age group, exposing where models fall short.",
    takeaways: [
      "Murmur Commons includes recordings from newborns to people in their nineties, collected at five sites in three countries.",
      "Every patient's labels are anchored to echocardiogram findings rather than to one clinician's listening alone.",
      "About a third of the recordings come from low-cost smartphone stethoscopes of the kind used by community health workers.",
      "A baseline model's sensitivity dropped from 0.88 overall to 0.79 on rural smartphone recordings, a gap the benchmark is designed to reveal.",
    ],
    body: `Lub-dub. The two-beat rhythm of a healthy heart is easy to recognise; the subtle whoosh of a murmur tucked between those beats is not. Spotting one reliably takes years of training, and in many parts of the world there are simply not enough cardiologists to listen. That makes automated heart-sound analysis an appealing idea, and a hard one to build well, because the public recordings researchers rely on tend to be small, noisy or drawn from narrow populations.

A consortium led by the Kinross Heart Institute is tackling the data problem first. This week it released **Murmur Commons**, a freely available collection of 12,400 heart-sound recordings from 3,150 patients, each annotated by cardiologists and linked to a confirmatory echocardiogram.

## What is in the dataset

The recordings were gathered over three years at five sites: two teaching hospitals, a paediatric clinic and two rural health centres, spread across three countries. Patients range from newborns to people in their nineties. The release includes:

- recordings from four standard listening positions on the chest for most patients,
- labels for murmur presence, timing and likely cause, agreed by at least two cardiologists,
- echocardiogram findings for every patient, so that labels rest on imaging rather than opinion alone,
- metadata on the recording device, background noise level and patient age group, with direct identifiers removed.

About a third of the recordings were captured on low-cost digital stethoscopes paired with smartphones, the kind of kit a community health worker might realistically carry. The rest come from clinical-grade devices, which lets researchers test whether a model trained on one kind of hardware holds up on another.

## Why the echo link matters

In many earlier collections, a murmur label reflects what a single clinician heard, and listeners often disagree, especially about faint or innocent murmurs, which are common in children. By tying each recording to ultrasound imaging of the heart, Murmur Commons lets researchers separate murmurs that signal structural disease, such as a leaky valve or a hole between chambers, from those that are harmless.

> "We wanted a dataset where a model can be wrong for a reason you can check," said Abena Sarpong-Reid, the consortium's clinical lead.

## Baselines and honest benchmarks

Alongside the data, the team published reference models and a benchmark split designed to expose weaknesses rather than flatter them. The test set is stratified by site, device and age group, and results are meant to be reported for each group, not just as one headline number. In the team's [baseline paper](https://arxiv.org/abs/2605.11873), a standard convolutional model reached a sensitivity of 0.88 for structural murmurs overall, but only 0.79 on smartphone recordings from the rural centres. The authors present that gap as the point of the release rather than as a footnote.

## Access and safeguards

The [dataset is available](https://murmurcommons.org/dataset/v1) under a Creative Commons attribution licence after a short registration, and the preprocessing and evaluation code is open source. Patients, or their guardians, consented to research sharing, and an independent ethics board reviewed the de-identification process, which stripped voices and background speech from every file.

The consortium plans yearly additions, with a specific goal of recruiting sites in regions where rheumatic heart disease remains common. That preventable condition often first announces itself as a murmur, and catching it early can spare patients years of damage.

Good datasets rarely make headlines, but they quietly decide which problems get solved. By putting well-labelled, diverse recordings in everyone's hands, Murmur Commons gives researchers a fair chance to build tools that work for the patients who need them most.`,
    tags: ["open-source", "health", "research"],
    author: "Maren Okafor",
    hoursAgo: 694,
    cover: {
      url: "/images/covers/open-source.svg",
      alt: "Abstract illustration of overlapping rounded blocks arranged like a shared library of files",
    },
    sources: [
      {
        url: "https://murmurcommons.org/dataset/v1",
        title: "Murmur Commons v1: echocardiography-linked heart sound recordings",
        kind: "dataset",
      },
      {
        url: "https://arxiv.org/abs/2605.11873",
        title:
          "Murmur Commons: an echocardiography-linked heart sound dataset with stratified benchmarks",
        kind: "preprint",
      },
    ],
  },
  {
    slug: "regional-hospital-forecasting-ai-cut-emergency-wait-times",
    title: "A regional hospital used forecasting AI to cut emergency wait times by nearly 40 percent",
    tldr:
      "St. Brennan's Regional Hospital paired an arrivals forecast with a triage-time prediction of which patients will need a bed. Median time to first clinician assessment fell from 68 to 41 minutes over a year, with no rise in return visits.",
    takeaways: [
      "One model forecasts hourly emergency arrivals 4 to 12 hours ahead so managers can move staff before a surge.",
      "A second model estimates at triage which patients will need admission, triggering bed requests hours earlier.",
      "The share of patients leaving without being seen fell from 6.1 percent to 3.4 percent.",
      "An audit found the triage model under-predicted admissions for patients who needed an interpreter, and it was retrained.",
      "Clinicians keep every decision about triage, treatment and admission.",
    ],
    body: `At seven on a typical Monday evening, the emergency department at St. Brennan's Regional Hospital used to fill faster than it could empty. Patients who needed a ward bed waited on trolleys in corridors, and new arrivals waited in the lobby behind them. Over the past year, the hospital has changed that pattern with a pair of modest AI tools and an equally important change in how staff use them.

Median time from arrival to first assessment by a clinician has fallen from 68 minutes to 41, according to results published alongside an [independent evaluation](https://doi.org/10.1101/2026.03.14.26348112).

## Two tools, one bottleneck

Emergency departments rarely jam because of what happens inside them. They jam because admitted patients cannot move upstairs, so their cubicles stay occupied. St. Brennan's worked on both ends of that problem.

The first tool forecasts hourly arrivals 4 to 12 hours ahead, drawing on historical patterns, local weather, school holidays and feeds from the regional ambulance service. Managers use it to move staff between areas before a surge rather than after one.

The second tool operates at triage. Using information nurses already record, such as vital signs, age, presenting complaint and recent admissions, it estimates how likely a patient is to need a hospital bed. When that likelihood is high, a bed request goes to the wards immediately, often hours earlier than usual.

**The model does not decide anything about a patient's care.** Triage category, treatment and the final admission decision stay entirely with clinicians.

## What changed on the floor

Over 12 months, compared with the year before:

- median time to first clinician assessment fell from 68 to 41 minutes,
- the share of patients who left without being seen dropped from 6.1 percent to 3.4 percent,
- admitted patients spent about two fewer hours, on average, waiting in the department for a ward bed,
- return visits within 72 hours did not increase, a standard check that faster care is not sloppier care.

> "The forecast tells us the storm is coming. The bed prediction gets us an umbrella before it starts raining," said charge nurse Deborah Kaminski-Flores. "But the real change was that the wards agreed to act on the early requests."

That agreement took months. Ward managers initially worried about preparing beds for patients who might never arrive. The hospital answered by sharing the model's track record openly, with about 82 percent of early bed requests turning into admissions, and by cancelling requests automatically once a clinician decided a patient could go home.

## Guarding against blind spots

Before and during the rollout, the team audited the triage model for differences across age, sex, ethnicity and language spoken. It found that the model under-predicted admissions for patients who needed an interpreter, retrained it with additional data, and now monitors that group separately every month. Staff can also flag any prediction that looks wrong, and those flags feed a monthly review.

The evaluation, carried out by the Centre for Health Systems Improvement at Harrowgate University, notes that the hospital also added two nursing posts during the period, which may explain part of the improvement. Its authors estimate that the AI-supported workflow accounts for most, but not all, of the reduction.

## A playbook, not a product

St. Brennan's has published its [implementation guide](https://stbrennans.org/news/emergency-department-patient-flow-guide), including the governance agreements between the emergency department and the wards, and three nearby hospitals are planning trials. The team's own summary is that the prediction was the easy part. The gain came from building enough trust for people to act on it early.

For patients in the waiting room, that trust translates into something simple: less time waiting to be seen.`,
    tags: ["health"],
    author: "Daniel Achterberg",
    hoursAgo: 603,
    sources: [
      {
        url: "https://doi.org/10.1101/2026.03.14.26348112",
        title:
          "Forecast-driven patient flow and early bed requests in a regional emergency department: a before-and-after evaluation",
        kind: "preprint",
      },
      {
        url: "https://stbrennans.org/news/emergency-department-patient-flow-guide",
        title: "St. Brennan's publishes its emergency department patient-flow implementation guide",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "interpretability-caught-hip-fracture-model-shortcut-and-fixed-it",
    title: "Interpretability research caught a hip-fracture model taking a shortcut, then fixed it",
    tldr:
      "Researchers at Fairhaven University looked inside a high-scoring hip-fracture detector and found a feature that responded to a foam positioning wedge used only in the trauma-bay X-ray room. After retraining without the shortcut, the model's accuracy on images from other hospitals rose from an AUC of 0.81 to 0.90.",
    takeaways: [
      "The original model scored an AUC of 0.95 on its home hospital's data but only 0.81 at two external hospitals.",
      "Feature-level interpretability revealed that the model partly relied on a positioning wedge visible in trauma-bay images.",
      "Removing, adding and switching off the wedge feature confirmed that the shortcut really influenced predictions.",
      "The retrained model scored slightly lower at home but generalised much better elsewhere.",
    ],
    body: `The model looked excellent. Trained on more than 40,000 hip X-rays from a large teaching hospital, it identified fractures with an area under the curve, or AUC, of 0.95, a score that would impress any review panel. Then researchers at Fairhaven University's Clinical AI Safety Group opened it up and found that part of what it had learned had nothing to do with bones.

## Looking inside, not just at the output

Most checks on medical AI treat the model as a black box: feed in images, compare the predictions with the truth. The Fairhaven team, led by Imogen Kessler-Amado, instead used interpretability methods that break the model's internal activity into more understandable features, the patterns the network has learned to detect, and then tested what each one responds to.

Most features tracked sensible anatomy: the outline of the femoral neck, the edge of the bone's outer layer, breaks in texture. One did not. It fired strongly on a faint rectangular shadow near the edge of some images. The team traced it to a foam positioning wedge used in the hospital's trauma-bay X-ray room, where people brought in after falls are scanned. Patients imaged there were far more likely to have a fracture than outpatients imaged elsewhere, so the model had learned to treat the wedge itself as a clue.

**In other words, the model was partly predicting where an image was taken, not what it showed.**

## Proving the shortcut was real

Finding a suspicious feature is not the same as proving it matters, so the team ran three tests:

- digitally erasing the wedge's shadow from trauma-bay images, which lowered the model's fracture scores even when a fracture was plainly visible,
- pasting the shadow onto fracture-free outpatient images, which raised false alarms,
- switching off the feature inside the network, which cost some accuracy on home-hospital data but improved it on images from two other hospitals.

That last result is the telling one. On the external hospitals' X-rays, where the wedge was never used, the original model's AUC fell to 0.81. It had been leaning on a crutch that did not travel.

## The fix

The researchers retrained the model with the wedge masked out and with augmented images in which the shadow appears at random, regardless of diagnosis, so it no longer carries any signal. The retrained model scored 0.93 at its home hospital, slightly lower than before, and 0.90 on the external sites. The full account, including the audit procedure, is in the team's [preprint](https://arxiv.org/abs/2604.19327).

> "A small drop on your home data can be the best news you get all year. It means the model stopped relying on something it shouldn't have," Kessler-Amado said.

The work builds on a long line of research showing that imaging models can latch onto scanner markers, text labels and other hospital-specific artefacts. What is different here is that the shortcut was found by inspecting the model's internals before deployment, rather than discovered after it failed on patients.

## Making audits routine

The model had never been used clinically. Its partner hospital, Northgate Health, says it will now require a feature-level audit for any imaging model it considers adopting, and the Fairhaven group has released its [auditing toolkit](https://casg.fairhaven-university.org/news/feature-audit-toolkit) as open-source software along with a short checklist for hospital AI committees.

The researchers are candid about the limits. Interpretability methods can miss features, and not every learned pattern is easy to name, so an audit reduces risk rather than eliminating it.

Even so, the case offers a clear template for anyone evaluating medical AI: ask not only whether a model is accurate, but why. Sometimes the answer turns out to be a foam wedge, and catching it in the lab costs far less than catching it on the ward.`,
    tags: ["safety", "health", "research"],
    author: "Priya Venkataraman",
    hoursAgo: 498,
    cover: {
      url: "/images/covers/safety.svg",
      alt: "Abstract illustration of a layered shield shape over a faint grid, suggesting careful inspection and protection",
    },
    sources: [
      {
        url: "https://arxiv.org/abs/2604.19327",
        title:
          "Feature-level auditing uncovers an acquisition-site shortcut in a hip fracture detection model",
        kind: "preprint",
      },
      {
        url: "https://casg.fairhaven-university.org/news/feature-audit-toolkit",
        title: "Clinical AI Safety Group releases open-source feature audit toolkit and checklist",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "ai-irrigation-planner-helped-dry-valley-farmers-use-less-water",
    title: "An AI irrigation planner helped farmers in a dry valley use a fifth less water",
    tldr:
      "Over two seasons, 230 farms in the Sorrel River valley used an AI scheduling tool called Furrow that sends a daily text saying whether to irrigate. They used about 22 percent less water than matched comparison farms, with yields that were statistically unchanged.",
    takeaways: [
      "Furrow combines soil-moisture probes, satellite crop-water estimates and weather forecasts into one daily recommendation.",
      "Each text message explains its reasoning in a single line, which farmers said made them willing to skip a watering.",
      "Pumping energy fell roughly in step with water use, lowering electricity and diesel costs.",
      "The comparison was not randomised, and field-level savings do not automatically mean more water left in rivers.",
    ],
    body: `Deciding when to water a field sounds simple. In practice, most farmers irrigate on a schedule or by feel, and in a dry year the safest instinct is to water a little more than the crop needs. Across millions of hectares, that caution adds up to an enormous volume of water, and to the energy used to pump it.

A two-season pilot in the Sorrel River valley, a semi-arid farming region, suggests that an AI scheduling tool can trim that margin without hurting harvests. The 230 participating farms used about 22 percent less irrigation water than comparable farms nearby, with yields that were statistically unchanged.

![Abstract illustration of layered blue and green bands suggesting water moving across farmland](/images/covers/climate.svg)

## How the planner decides

The system, called Furrow, was developed by the Tallgrass Water Cooperative, a farmer-owned organisation, with agronomists at the Institute for Dryland Agriculture at Corriveau State University. It folds several data sources into a single daily recommendation:

- soil-moisture probes installed at two depths in each field,
- satellite estimates of how much water the crop is losing through its leaves,
- local weather forecasts, including the chance of rain over the next five days,
- the crop type, its growth stage and the farm's irrigation equipment.

A model trained on ten years of field trials predicts how soil moisture will change over the coming week and recommends whether to irrigate today, tomorrow or later, and for how long. The advice arrives as a text message, because farmers in the valley check their phones in the field far more often than they open a web dashboard.

Crucially, **each message explains its reasoning in one line**, noting for example that rain is likely on Thursday or that the lower soil layer is still wet. Farmers said that explanation was what persuaded them to skip waterings they would otherwise have done.

## What the pilot found

Across maize, alfalfa and tomato fields, the [season two report](https://tallgrasswater.coop/news/furrow-season-two-report) found that:

- irrigation water use fell by 22 percent on average, with the largest savings early in the season,
- pumping energy fell by a similar proportion, cutting electricity and diesel bills,
- yields stayed within 2 percent of comparison farms, inside the margin of error,
- farmers followed the recommendation about 78 percent of the time in the second season, up from 61 percent in the first.

> "The first year I didn't believe it, so I watered anyway on half my field. The dry half did just as well," said Luis Arceneaux-Pardo, who grows alfalfa and maize on 90 hectares.

## Limits and open questions

The comparison was not randomised. Farmers volunteered, and early adopters may simply be more attentive growers. The researchers matched farms on crop, soil type and past water use to reduce that bias, but acknowledge in their [analysis](https://doi.org/10.1016/j.agwat.2026.109412) that some likely remains. Savings were also smaller on farms that already used drip irrigation, which is efficient to begin with.

Then there is the question of where saved water goes. In some river basins, water not used by one farm is simply used by another, so savings in the field do not always mean more water left in the river. The cooperative is working with the valley's water district to track that.

![Abstract illustration of data points and gentle curves over a grid, representing soil and weather measurements](/images/covers/science.svg)

## Growing the network

Next season, Furrow will expand to around 600 farms, and the cooperative plans to release its soil-moisture model and anonymised field data so other regions can adapt the approach. Because the sensors cost less than a single season's pumping savings on most farms, the cooperative expects the system to pay for itself quickly.

In a region where each summer seems drier than the last, a short text that says "not today" may be one of the most useful messages a farmer receives.`,
    tags: ["climate", "research"],
    author: "Daniel Achterberg",
    hoursAgo: 389,
    sources: [
      {
        url: "https://tallgrasswater.coop/news/furrow-season-two-report",
        title: "Furrow pilot: season two results from the Sorrel River valley",
        kind: "announcement",
      },
      {
        url: "https://doi.org/10.1016/j.agwat.2026.109412",
        title:
          "Sensor- and forecast-driven irrigation scheduling reduces water use without yield loss: a two-season matched comparison",
        kind: "paper",
      },
    ],
  },
];
