// Demo stories, part 1 of 3: content, not code (over 300 lines because stories are long).
import type { DemoStory } from "./types";

export const demoStoriesPart1: DemoStory[] = [
  {
    slug: "ai-screening-brings-diabetic-eye-checks-to-rural-clinics",
    title: "AI screening brings diabetic eye checks to rural clinics with no eye specialist",
    tldr:
      "A retinal screening model used by nurses in 41 rural clinics flagged sight-threatening diabetic eye disease about as reliably as specialists. Because patients got a result during the same visit, far more of them followed through on referrals.",
    takeaways: [
      "Nurses with a handheld camera and an offline model screened more than 12,000 people with diabetes across 41 rural clinics.",
      "The model caught 94 percent of cases that specialists later confirmed as needing referral.",
      "Same-day results nearly doubled the share of referred patients who actually reached an eye clinic.",
      "The team published its error analysis, including the groups of images where the model performed worst.",
    ],
    body: `Diabetic retinopathy is one of the few causes of blindness that is almost entirely preventable, provided it is caught early. The catch is the word "caught". Screening normally means a photograph of the back of the eye, read by a trained grader, and in many rural districts the nearest grader is a long bus ride away. Patients wait weeks for results, and many are never reached again.

A two-year study from the **Tamarind Health Collaborative**, which runs primary care clinics in farming districts, suggests a way around that bottleneck. Its nurses used a low-cost handheld fundus camera paired with a screening model, called FundusLite, that runs on an ordinary tablet with no internet connection. The results appear this week in a [peer-reviewed trial report](https://doi.org/10.1038/s41591-026-02817-4).

## What the trial measured

Between early 2024 and late 2025, nurses at 41 clinics photographed the eyes of 12,436 adults with diabetes. Every image was graded by the model on the spot and, separately, by two retinal specialists who never saw the model's output. The specialists' consensus served as the reference.

- The model identified 94.1 percent of patients who needed referral for sight-threatening disease.
- It correctly cleared 89.7 percent of patients who did not need referral.
- About 6 percent of images were too blurry to grade; the tablet asked the nurse to retake them, and most second attempts succeeded.

Those numbers are close to what human graders achieve in published audits, but the more striking result came afterwards. In the year before the study, only 38 percent of patients referred from these clinics ever attended an eye appointment. With a result in hand before leaving the building, and a nurse able to book the follow-up there and then, that figure rose to 71 percent.

"The accuracy is the headline people expect," said Dr. Nomvula Eze, the ophthalmologist who led the evaluation. "But the thing that changes outcomes is the conversation the nurse can have while the patient is still sitting in the chair."

## Where it struggled

The team did not stop at overall accuracy. Its paper breaks down performance by camera operator, lighting, age and the presence of cataracts, and it is candid that the model was weaker on eyes with dense cataracts and on images taken in the first weeks after a nurse was trained. The researchers responded by adding an automatic "ungradable" category rather than forcing a guess, and by building a short image-quality refresher into the tablet app.

That transparency matters. Screening models trained on images from well-equipped hospitals have a history of stumbling when they meet older cameras, different populations and busy clinic rooms. FundusLite was fine-tuned on 60,000 images gathered in comparable rural settings, and the collaborative has deposited a de-identified evaluation set so other groups can test their own systems against it.

## What comes next

The health authority covering the study area has agreed to extend the programme to a further 90 clinics, with specialists reviewing a random 10 percent sample of model decisions each month to catch any drift. The collaborative is also training community health workers, not only nurses, to take the photographs.

None of this replaces the eye specialist. People who are referred still need laser treatment or injections, and those services remain stretched. What the study shows is that the first, most neglected step in the chain can happen close to home, on the same day, at a cost the clinics say is under two dollars per screen. For a disease where timing is everything, that is a meaningful shift.`,
    tags: ["health", "research"],
    author: "Maren Okafor",
    hoursAgo: 3,
    cover: {
      url: "/images/covers/health.svg",
      alt: "Abstract illustration of a stylised eye made of concentric teal rings with a soft pulse line running beneath it",
    },
    sources: [
      {
        url: "https://doi.org/10.1038/s41591-026-02817-4",
        title: "Offline AI-assisted diabetic retinopathy screening by nurses in 41 rural primary care clinics: a prospective study",
        kind: "paper",
      },
      {
        url: "https://tamarindhealth.org/news/funduslite-screening-results",
        title: "FundusLite screening programme: two-year results and next steps",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "open-source-speech-recogniser-covers-38-low-resource-languages",
    title: "Open-source speech recogniser learns 38 languages that big datasets left out",
    tldr:
      "A volunteer-led collective has released Sauti, an openly licensed speech recognition model covering 38 languages with few digital resources. It was trained largely on recordings that native speakers contributed and checked themselves, and it runs on a mid-range phone.",
    takeaways: [
      "Sauti transcribes 38 languages, most of which had no usable open speech recogniser before.",
      "Around 2,100 hours of speech were recorded and validated by community volunteers under a consent-first process.",
      "The model and its training code are released under a permissive open-source licence.",
      "Error rates remain high for some languages, and the collective publishes them openly rather than averaging them away.",
    ],
    body: `Talk to a phone in English or Mandarin and it will usually understand you. Try Chichewa, Tigrinya or Quechua and you are often out of luck. Speech technology follows the data, and most of the world's roughly 7,000 languages have very little recorded and transcribed speech available to train on.

The **Lugha Open Speech Collective**, a network of linguists, developers and volunteer speakers, has spent three years chipping away at that gap. This month it released Sauti, a speech recognition model that handles 38 languages, along with the training code and an evaluation set for each language. Everything is available under the Apache 2.0 licence, and the technical details are in a [preprint describing the model](https://arxiv.org/abs/2609.11852).

![Abstract illustration of overlapping sound waves in several colours converging into a single open circle](/images/covers/open-source.svg)

## Built with speakers, not scraped

Rather than harvesting audio from the web, the collective organised recording drives through community radio stations, teacher colleges and diaspora associations. Volunteers read prompts, recorded free conversation and, crucially, checked each other's transcriptions. Every contributor signed a plain-language consent form in their own language, and any community can ask for its recordings to be withdrawn.

The result is about 2,100 hours of validated speech. That is tiny by the standards of commercial systems, so the team leaned on a few techniques to stretch it:

- A shared multilingual encoder, so languages with related sounds and grammar can borrow from each other.
- Careful text normalisation rules written by native speakers, which matter a great deal for languages with tones or unstandardised spelling.
- A small adapter for each language that can be retrained cheaply when new recordings arrive.

"We had languages with forty hours of audio and languages with four hundred," said Amani Wekesa, one of the collective's coordinators. "The architecture had to be generous to the small ones."

## How well does it work?

On the collective's held-out test sets, median word error rate across the 38 languages is 21 percent, compared with 47 percent for the best previously available open model on the 14 languages where a comparison was possible. That is not yet the single-digit error rate people expect from dictation in major languages, and the preprint is explicit that five languages still sit above 35 percent.

Even so, 21 percent is already useful for many tasks. Early adopters include a farmers' helpline that now transcribes voicemail in three regional languages, and a university archive that is indexing decades of oral history recordings that were previously searchable only by their catalogue cards.

The compressed version of the model fits in under 300 megabytes and transcribes faster than real time on a mid-range Android phone, which matters in places where mobile data is expensive and connections are patchy.

## An invitation, not a finished product

The collective describes Sauti as a starting point. Its public roadmap lists the next 20 languages for which recording drives are under way, and it has published a guide for communities that want to run their own. Contributions of transcriptions, normalisation rules and bug reports are all welcome through the project's repository.

For speakers of languages that technology has long overlooked, the most important feature may be the simplest: the model belongs to everyone, and the people whose voices built it have a say in where it goes next.`,
    tags: ["open-source", "accessibility"],
    author: "Tomasz Lindqvist",
    hoursAgo: 20,
    sources: [
      {
        url: "https://arxiv.org/abs/2609.11852",
        title: "Sauti: Community-Sourced Speech Recognition for 38 Low-Resource Languages",
        kind: "preprint",
      },
      {
        url: "https://lugha-speech.org/blog/releasing-sauti",
        title: "Releasing Sauti: our first open speech model",
        kind: "announcement",
      },
      {
        url: "https://lugha-speech.org/data/sauti-eval",
        title: "Sauti evaluation sets for 38 languages",
        kind: "dataset",
      },
    ],
  },
  {
    slug: "meal-forecasting-tool-cuts-school-canteen-food-waste-by-a-third",
    title: "Meal forecasting tool cuts school canteen food waste by a third in a year",
    tldr:
      "A school district that used a forecasting tool to predict how many pupils would eat each dish threw away 34 percent less food over a school year. Cooks kept the final say, and pupils helped collect the data.",
    takeaways: [
      "Sixty-two schools used daily forecasts of meal uptake to decide how much of each dish to cook.",
      "Plate and kitchen waste fell by 34 percent by weight compared with the previous school year.",
      "The district estimates the savings at roughly 180 tonnes of food and a matching drop in purchasing costs.",
      "Pupils weighed waste as part of a maths and science project, turning the pilot into a classroom topic.",
    ],
    body: `Every school cook knows the morning gamble. Make too little pasta bake and the last sitting goes hungry; make too much and trays of it end up in the bin. Multiply that guess by thousands of schools and hundreds of school days, and canteens become one of the larger, quieter sources of food waste in the public sector.

The Westmoor Unified school district decided to treat the gamble as a forecasting problem. Working with Pantrywise, a small startup founded by two former catering managers, it trialled a tool across 62 primary and secondary schools during the 2025–26 school year. The district's [end-of-year evaluation](https://westmoorschools.org/reports/canteen-forecasting-2026) was published last week.

## What the forecast looks at

The tool predicts, for each school and each dish, how many portions will be eaten the next day. It draws on signals that cooks already weigh in their heads, but more systematically:

- Registered absences and planned trips, pulled from the school's attendance system each afternoon.
- The day's menu and how each dish has sold in the past, including in combination with particular sides.
- Weather, which turns out to matter more than expected: cold, wet days push pupils towards hot meals and away from packed lunches.
- Calendar effects such as exam weeks, sports days and the last day before a holiday.

Each afternoon the kitchen receives a suggested production list. The cook can accept it, adjust it, or ignore it entirely, and the tool records which option they chose. In the first term cooks overrode about a quarter of suggestions; by the summer term that had fallen to under a tenth, mostly because the model had learned from their corrections.

"It doesn't know that Year 6 is on a trip unless someone tells it," said Rosalind Achebe, catering lead at one of the pilot schools. "But it remembers everything, which I don't."

## The results

Over the year, combined kitchen and plate waste fell by **34 percent by weight** against the previous year, measured with the same scales and the same method. The district estimates that works out to roughly 180 tonnes of food not thrown away, with purchasing costs falling by a similar proportion. Crucially, the number of days on which a dish ran out before the last sitting also went down slightly, so the savings did not come at the expense of hungry pupils.

The evaluation is careful about what it cannot prove. Some schools also changed portion sizes and introduced share tables during the year, and the district did not run a randomised comparison. Still, the schools that used the tool most consistently saw the largest reductions.

## Pupils as researchers

One of the pilot's more unusual features was its classroom spin-off. In 18 schools, pupils took turns weighing leftovers and entering the data, and teachers built units around it: fractions and averages in maths, decomposition and emissions in science, and persuasive writing about what should go on the menu. Several schools reported that pupils' own campaigns, such as relabelling the vegetable options, nudged waste down further.

## What happens next

Westmoor plans to roll the tool out to all 140 of its schools from September, and Pantrywise has agreed to let the district keep and export all of its own data. The district has also offered to share its measurement protocol with neighbouring authorities, so that future results can be compared on equal terms.

It is a modest technology solving an ordinary problem. That may be exactly why it works: the cooks stay in charge, the pupils learn something, and less food ends up in the bin.`,
    tags: ["climate", "education"],
    author: "Priya Raghunathan",
    hoursAgo: 46,
    sources: [
      {
        url: "https://westmoorschools.org/reports/canteen-forecasting-2026",
        title: "Canteen demand forecasting pilot: 2025–26 evaluation report",
        kind: "announcement",
      },
      {
        url: "https://www.civicfoodnews.org/2026/06/westmoor-canteen-waste-pilot",
        title: "How one school district cut canteen waste by a third",
        kind: "news",
      },
    ],
  },
  {
    slug: "radar-trained-weather-model-extends-flash-flood-warning-times",
    title: "Radar-trained weather model gives towns an extra hour of flash-flood warning",
    tldr:
      "A short-range rainfall model trained on a decade of radar data more than doubled the median warning time for flash floods in a year-long operational trial. False alarms also fell, which forecasters say is just as important for keeping the public's trust.",
    takeaways: [
      "The model predicts rainfall at one-kilometre resolution up to six hours ahead, updating every five minutes.",
      "Median warning lead time for flash floods in small catchments rose from 38 minutes to 94 minutes.",
      "False alarms dropped by 22 percent compared with the forecasting service's existing system.",
      "Forecasters kept responsibility for issuing warnings and used the model as one input among several.",
    ],
    body: `Flash floods are brutal partly because they are fast. A thunderstorm parks itself over a steep valley, a stream rises a metre in half an hour, and by the time anyone has confirmed what is happening, the water is already in the streets. For small catchments, every extra minute of warning translates directly into cars moved, basements cleared and people out of harm's way.

Researchers at the **Ridgeline Atmospheric Laboratory** and forecasters at the Northern Cascades Hydrometeorological Service have now shown that a machine learning model can buy a lot more of those minutes. Their [operational evaluation](https://arxiv.org/abs/2607.20394), posted as a preprint this week, covers a full year of live use across 212 flood-prone catchments.

## Nowcasting, sharpened

Traditional weather models simulate the physics of the atmosphere and are excellent at the big picture, but they struggle to say exactly where an individual storm cell will dump its rain in the next two hours. Forecasters have long filled that gap with "nowcasting": extrapolating the motion of storms seen on radar.

The Ridgeline model, called Torrent, learns that extrapolation from ten years of radar scans, rain gauge readings and terrain data. Instead of simply sliding storms along their current track, it has learned how cells tend to grow, merge and decay, and how hills and valleys steer them. It produces a fresh rainfall forecast every five minutes at one-kilometre resolution, up to six hours ahead, and feeds those forecasts into the service's existing hydrological models.

## What changed for forecasters

During the trial year, the service issued 147 flash-flood warnings for the catchments in the study. Comparing them against what would have been issued using the old nowcasting system alone, the team found:

- Median lead time before flooding began rose from 38 minutes to 94 minutes.
- The share of floods that received no warning at all fell from 17 percent to 6 percent.
- False alarms, warnings for floods that never came, fell by 22 percent.

That last figure matters more than it might seem. "If we cry wolf every other week, people stop moving their cars," said Ingrid Solberg, a senior duty forecaster at the service. "Getting more warnings right and fewer wrong is what lets us be heard when it counts."

Torrent also produces a spread of possible outcomes rather than a single forecast, so forecasters can see when a storm is genuinely uncertain. The team found that this probability information was well calibrated: when the model said there was a 30 percent chance of heavy rain over a catchment, it rained heavily about 30 percent of the time.

## Limits and lessons

The authors are clear about the model's boundaries. It performs worse in winter, when rain falls from broad, slow systems that physics-based models already handle well, and it depends on good radar coverage, which is patchy in some mountainous terrain. It also has not yet been tested on the rarest, most extreme storms, simply because there were few in the trial year.

The forecasting service has decided to keep Torrent running as a standard input from next season, and Ridgeline plans to release the model weights and training code to other national weather services. For communities living beside fast-rising streams, an extra hour is not an abstraction; it is the difference between watching the water rise from upstairs and being caught by it on the road.`,
    tags: ["climate", "science"],
    author: "Daniel Achterberg",
    hoursAgo: 79,
    cover: {
      url: "/images/covers/climate.svg",
      alt: "Abstract illustration of layered blue contour lines crossed by a bright band suggesting a rising river",
    },
    sources: [
      {
        url: "https://arxiv.org/abs/2607.20394",
        title: "Torrent: Operational Deep Learning Precipitation Nowcasting for Flash-Flood Warning in Small Catchments",
        kind: "preprint",
      },
      {
        url: "https://ridgeline-atmos.org/blog/torrent-operational-year",
        title: "A year of Torrent in the forecasting office",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "adaptive-reading-assistant-helps-dyslexic-students-read-more-fluently",
    title: "Adaptive reading assistant helps dyslexic pupils read faster without losing meaning",
    tldr:
      "A classroom trial of an adaptive reading assistant found that pupils with dyslexia read more fluently and understood more over one school term. The tool adjusts spacing, highlighting and read-aloud support for each reader, and pupils decide how much help they want.",
    takeaways: [
      "312 pupils aged 9 to 13 with a dyslexia diagnosis used the assistant for a full school term.",
      "Reading fluency improved by about twice as much as in a comparison group using standard accessibility settings.",
      "Comprehension scores rose too, suggesting pupils were not simply skimming faster.",
      "Support fades gradually as a pupil improves, and pupils can override every setting.",
    ],
    body: `For a child with dyslexia, a page of ordinary text can feel like a crowd of letters jostling for attention. Schools have long used tools to help: coloured overlays, larger fonts, text-to-speech. But these tend to be one-size-fits-all, and what helps one pupil can distract another.

A team at the Literacy and Learning Lab of **Brightwater University** wanted to see whether software could learn each reader's needs instead. Its reading assistant, Lumen, was tested in 24 schools over a full term, and the results have been published in a [peer-reviewed journal article](https://doi.org/10.1016/j.learninstruc.2026.101942).

## How Lumen adapts

Lumen sits on top of the texts pupils are already reading in class. As a child reads, it watches for signs of difficulty, such as long pauses, repeated scrolling back, or taps on words for pronunciation. It then adjusts a small set of supports:

- Letter and line spacing, widened or narrowed in small steps.
- Syllable highlighting on longer words, which can be switched on for particular words rather than the whole page.
- Read-aloud audio synchronised with a moving highlight, offered for a sentence when the reader seems stuck.
- A short, optional question at the end of a section to check understanding.

The design principle, said lead researcher Dr. Fenella Okonjo, is that support should be generous at first and then quietly step back. "If a pupil hasn't needed the read-aloud for two weeks, Lumen stops offering it unless they ask. We don't want a crutch; we want scaffolding that comes down."

Pupils can see and change every setting. In interviews, several said that this control mattered as much as the help itself.

## What the trial found

The study compared 312 pupils aged 9 to 13 who used Lumen with a similar group of 298 pupils who used standard accessibility settings on the same devices. Both groups read the same class texts for the same amount of time.

By the end of term, the Lumen group's oral reading fluency had improved by an average of 14 words per minute, compared with 7 in the comparison group. Comprehension scores on an independent test also rose more in the Lumen group, by roughly a fifth of a standard deviation. That is a moderate effect by education research standards, but a welcome one for a light-touch intervention that did not take time away from teaching.

Teachers noticed something else. "Kids who used to avoid reading aloud started volunteering," said Marcus Delaney, a Year 6 teacher at one participating school. "I think it was because they'd had a quiet place to practise first."

## Careful about what it collects

Because the assistant observes how children read, privacy was a central concern. Lumen processes reading behaviour on the device and sends only aggregated summaries to the teacher dashboard. No audio of pupils' voices is recorded, and parents could opt their children out of data collection while still using the tool.

The researchers also point to limits. The trial lasted a single term, so it cannot say whether gains persist. Schools volunteered to take part, which may mean they were unusually keen. And Lumen is designed to complement, not replace, structured phonics teaching and specialist support.

## Next steps

Brightwater is running a year-long follow-up in 60 schools, including some where English is not most pupils' first language. The lab has also released its adaptation rules and anonymised interaction data so other researchers can scrutinise and build on them. For children who have spent years feeling that reading is something done to them, a tool that listens and then lets go may be a welcome change.`,
    tags: ["education", "accessibility"],
    author: "Priya Raghunathan",
    hoursAgo: 118,
    sources: [
      {
        url: "https://doi.org/10.1016/j.learninstruc.2026.101942",
        title: "Adaptive typographic and audio support for readers with dyslexia: a term-long classroom trial",
        kind: "paper",
      },
      {
        url: "https://brightwater.ac.uk/literacy-lab/lumen-open-data",
        title: "Lumen adaptation rules and anonymised interaction data",
        kind: "dataset",
      },
    ],
  },
  {
    slug: "active-learning-lab-finds-cheaper-sodium-battery-electrolyte",
    title: "Active learning helps a lab find a cheaper battery electrolyte in 140 experiments",
    tldr:
      "Chemists paired a self-driving lab with an active learning algorithm to search thousands of possible electrolyte recipes for sodium-ion batteries. They found a blend that performs as well as the standard one while costing about 40 percent less, after only 140 experiments.",
    takeaways: [
      "The search space covered more than 9,000 possible combinations of salts, solvents and additives.",
      "An active learning loop chose each next experiment, reaching a strong candidate after 140 tests.",
      "The winning electrolyte kept 91 percent of its capacity after 1,000 charge cycles.",
      "It relies on a cheaper, more widely available salt, cutting electrolyte cost by roughly 40 percent.",
    ],
    body: `Batteries get most of their attention for their electrodes, but the liquid between them, the electrolyte, quietly decides a lot: how fast a cell can charge, how long it lasts, how safe it is, and how much it costs. Designing a good electrolyte is a combinatorial headache. Choose a salt, two or three solvents, a handful of additives, and their proportions, and the possibilities run into the thousands.

The Halvorsen group at the **Northfield Institute of Technology** has shown that much of that search can be steered by an algorithm. In a [paper published this week](https://doi.org/10.1038/s41560-026-01593-8), the team reports finding a sodium-ion electrolyte that matches the performance of a widely used formulation while cutting its material cost by about 40 percent.

## Letting the algorithm pick the next experiment

Sodium-ion batteries are attractive for grid storage because sodium is abundant and cheap. But the best-performing electrolytes for them often depend on expensive fluorinated salts. The group set out to find a recipe built around a cheaper salt that would not give up too much in cycle life.

Testing every option was out of the question. Each candidate takes days to mix, assemble into coin cells and cycle. So the team used active learning, a strategy in which a model estimates not only how good each untested recipe is likely to be, but also how uncertain it is about that estimate. It then picks the experiment that promises the most useful information.

The loop worked like this:

- A robotic platform mixed electrolytes and assembled test cells in batches of eight.
- Cells were cycled automatically and their performance fed back to the model overnight.
- The model updated its predictions across the full set of more than 9,000 recipes and proposed the next batch.
- Chemists reviewed each batch and could veto proposals they judged unsafe or impractical.

"The human veto was used more than we expected early on," said Dr. Leif Halvorsen, who leads the group. "Some mixtures looked great on paper but would have been a nightmare to manufacture. The model learned to avoid those regions once we flagged a few."

## What they found

After 140 experiments, the search converged on a blend based on a low-cost sodium salt, a common carbonate solvent mixture and a small amount of an additive that helps stabilise the electrode surface. In full test cells it kept 91 percent of its capacity after 1,000 charge and discharge cycles, comparable to the reference electrolyte, and it performed slightly better at low temperatures.

Just as interesting, the team says, is what the algorithm revealed along the way. Its uncertainty maps pointed to an unexpected interaction between the additive and one of the solvents, which the group then investigated with conventional spectroscopy. That finding may be useful well beyond this particular recipe.

## From coin cells to real batteries

The authors stress that coin cells are a long way from commercial batteries. The next step is to test the electrolyte in larger pouch cells and under abuse conditions such as overcharging and puncture, work that is being done with a regional battery pilot line.

The group has also released its full experimental dataset, including the failed recipes, which are often left out of published work. Negative results are exactly what future models need to learn from, and sharing them may spare other labs from repeating the same dead ends. For a field racing to make cheap, safe storage for renewable power, that kind of openness could matter as much as any single recipe.`,
    tags: ["science", "research", "climate"],
    author: "Daniel Achterberg",
    hoursAgo: 164,
    cover: {
      url: "/images/covers/science.svg",
      alt: "Abstract illustration of interlocking hexagons and small circles suggesting molecules arranged around a glowing cell",
    },
    sources: [
      {
        url: "https://doi.org/10.1038/s41560-026-01593-8",
        title: "Closed-loop active learning discovers a low-cost electrolyte for long-life sodium-ion cells",
        kind: "paper",
      },
      {
        url: "https://data.northfield-tech.edu/halvorsen-lab/electrolyte-campaign",
        title: "Complete electrolyte screening campaign data, including failed formulations",
        kind: "dataset",
      },
    ],
  },
  {
    slug: "red-teaming-consortium-publishes-shared-model-safety-evaluation-suite",
    title: "Red-teaming consortium publishes a shared test suite for AI model safety",
    tldr:
      "Fourteen research groups and nonprofits have released a common set of adversarial tests for language models, with a shared scoring guide and a hidden test set to prevent gaming. The aim is to make safety claims comparable across developers.",
    takeaways: [
      "The suite contains about 6,800 test cases spread across eight risk categories.",
      "A portion of the tests is kept private and rotated to stop models being tuned to the public questions.",
      "Every category comes with a written scoring rubric so that different evaluators reach similar results.",
      "The suite, rubrics and harness code are openly licensed, and any lab can submit results.",
    ],
    body: `When an AI developer says its new model is "safer", what does that mean? Until now the answer has usually depended on whose tests you trust. Labs run their own red-teaming exercises, with their own prompts and their own definitions of failure, and the results are rarely comparable.

A group of 14 university labs and nonprofit research organisations, working together as the **Open Red-Teaming Consortium**, wants to change that. This week it published Commons-Eval, a shared evaluation suite for language model safety, together with a [technical report](https://arxiv.org/abs/2610.03318) explaining how the tests were built and validated.

## What is in the suite

Commons-Eval contains roughly 6,800 test cases drawn from more than a year of structured red-teaming by the member groups. Each case is a prompt or a multi-turn conversation designed to probe one of eight risk categories, including:

- Giving dangerous technical instructions when asked directly or through a disguised request.
- Revealing personal information about private individuals.
- Following malicious instructions hidden inside documents or web pages the model is asked to summarise.
- Over-refusal, meaning declining harmless requests that merely sound risky.

That last category is deliberate. "A model that refuses everything is safe in the most useless way possible," said Dr. Hana Virtanen, who coordinated the consortium's work on scoring. "We wanted the suite to reward models that are careful and helpful at the same time."

## Making scores mean something

The consortium spent much of its effort on two problems that have undermined earlier benchmarks.

The first is consistency. Judging whether a model's answer is harmful is often a matter of interpretation. Each category therefore ships with a detailed rubric and worked examples. In validation, independent evaluators applying the rubrics agreed on about 92 percent of cases, and the consortium publishes the disagreements so the rubrics can be refined.

The second is contamination. Once a test set is public, models can end up trained on it, intentionally or not, and scores stop reflecting real behaviour. Commons-Eval addresses this by keeping around a third of its cases private. Those are held by a small secretariat, rotated every six months, and run on request against submitted models. Public and private scores are reported side by side; a large gap between them is itself a warning sign.

## Early results, and what they show

To demonstrate the suite, the consortium evaluated nine openly available models of different sizes. The report does not rank them by a single number, arguing that a composite score would hide important trade-offs. Instead it shows profiles across the eight categories.

Some patterns stand out. Larger models were generally better at resisting disguised requests but not consistently better at resisting instructions hidden in documents, which the authors call the category most in need of attention. Several smaller models showed high over-refusal rates, declining a fifth or more of benign requests.

## An open process

The test cases, rubrics and evaluation harness are released under open licences, and any developer, academic group or public agency can submit a model for evaluation against the private set. The consortium's [governance charter](https://openredteam.org/charter) sets out how new member organisations can join and how disputed cases are resolved.

Shared benchmarks will not settle every argument about AI safety, and the authors are careful to say that passing Commons-Eval does not make a model safe for every use. But a common yardstick, openly built and openly maintained, gives developers, regulators and the public something they have lacked: a way to check safety claims against the same questions.`,
    tags: ["safety", "open-source", "research"],
    author: "Tomasz Lindqvist",
    hoursAgo: 231,
    cover: {
      url: "/images/covers/safety.svg",
      alt: "Abstract illustration of a shield outline built from a grid of small squares, a few of them highlighted in amber",
    },
    sources: [
      {
        url: "https://arxiv.org/abs/2610.03318",
        title: "Commons-Eval: A Shared, Contamination-Resistant Suite for Language Model Safety Evaluation",
        kind: "preprint",
      },
      {
        url: "https://openredteam.org/charter",
        title: "Open Red-Teaming Consortium governance charter",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "ai-assisted-captioning-opens-city-council-meetings-to-deaf-residents",
    title: "AI-assisted captions open a city's council meetings to deaf and multilingual residents",
    tldr:
      "The city of Port Alder now captions every council and committee meeting live, using speech recognition checked in real time by a human editor. Captions reach 97 percent accuracy, are translated into four languages, and feed a searchable archive of past meetings.",
    takeaways: [
      "Every public council and committee meeting in Port Alder now has live captions, up from a handful per year.",
      "A human caption editor corrects the machine output in real time, lifting accuracy to about 97 percent.",
      "A custom glossary of local names and places sharply reduced errors on street names and councillors' names.",
      "Captions are translated into four community languages and published as a searchable transcript archive.",
    ],
    body: `Until last year, if you were deaf and wanted to follow a Port Alder city council meeting, you had to request a sign language interpreter at least ten days in advance. Committee meetings, where much of the real decision-making happens, were rarely covered at all. Residents who spoke limited English faced a similar wall.

Today every public meeting in the city, from full council to the parks subcommittee, carries live captions. The city's [accessibility office report](https://portalder.gov/accessibility/captioning-first-year) on the programme's first year describes how it got there, and what residents say has changed.

## A machine draft and a human editor

The system is deliberately a partnership. A speech recognition model produces a first draft of the captions within a second or so of someone speaking. A trained caption editor, working remotely, watches the draft scroll past and fixes errors before they appear on the public stream, adding a delay of about four seconds.

On its own, the model reached roughly 89 percent word accuracy on council audio, which is respectable but leaves about one word in ten wrong. With the editor in the loop, accuracy rose to about **97 percent**, according to an independent audit of 40 randomly chosen meeting hours.

Much of the improvement came from a surprisingly simple addition. The city built a glossary of local terms that the model is nudged to recognise:

- The names of all councillors, senior officers and regular public speakers.
- Street names, neighbourhoods and landmarks, many of which derive from Indigenous place names.
- Acronyms for city departments, programmes and zoning designations.

"Before the glossary, the software turned one of our neighbourhoods into a brand of breakfast cereal every single time," said Teodora Marsh, the city's accessibility coordinator. "Residents notice that. Getting their own places right is a matter of respect."

## More than captions

Once the city had accurate text in real time, other uses followed. The same captions are machine-translated into the four most widely spoken community languages after English, with a disclaimer that translations are automatic and the English record is authoritative. Viewers can switch languages from the live stream page.

After each meeting the corrected transcript is published alongside the video and indexed, so residents can search years of debate for a street name or a by-law number. City staff say the archive has become one of the most visited parts of the council website, used by journalists, students and officials as much as by disabled residents.

## What residents say

The Port Alder Deaf Community Association, which campaigned for the change and helped test early versions, describes the programme as a real improvement while pressing for more. Sign language interpretation is still offered on request and remains the preferred option for many Deaf residents whose first language is sign language rather than English. The association has asked the city to interpret all full council meetings by default, and the city has committed to do so from next year.

"Captions opened the door," said Ellis Kwan, the association's chair. "Now people who never felt welcome are turning up to speak during public comment, and that's the point."

## A model other towns can borrow

The programme cost less than the city had previously spent on ad hoc interpretation for a fraction of the meetings. Port Alder has published its procurement documents, glossary template and caption quality checklist so that neighbouring municipalities can adopt the approach without starting from scratch. Two have already signed on. Local democracy works best when everyone can follow it, and here is a practical way to get closer to that.`,
    tags: ["accessibility"],
    author: "Maren Okafor",
    hoursAgo: 318,
    sources: [
      {
        url: "https://portalder.gov/accessibility/captioning-first-year",
        title: "Live captioning of public meetings: first-year report",
        kind: "announcement",
      },
      {
        url: "https://www.harbourlinenews.com/2026/09/port-alder-council-captions",
        title: "Port Alder's captioned council meetings draw new voices to public comment",
        kind: "news",
      },
    ],
  },
];
