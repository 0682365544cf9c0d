// Demo stories, part 3 of 3: content, not code (over 300 lines because stories are long).
import type { DemoStory } from "./types";

export const demoStoriesPart3: DemoStory[] = [
  {
    slug: "ai-guided-screen-finds-antibiotic-against-resistant-klebsiella",
    title: "AI-guided screen finds a new antibiotic candidate against resistant Klebsiella",
    tldr:
      "Researchers at the Tidewater Institute of Molecular Medicine used a machine-learning model to rank eleven million purchasable molecules and found a compound that kills carbapenem-resistant Klebsiella pneumoniae in the lab and in mice. The molecule appears to work through a mechanism no approved antibiotic uses, though it is still years away from any human trial.",
    takeaways: [
      "A model trained on about 48,000 lab-tested molecules narrowed eleven million candidates down to 240 worth synthesizing and testing.",
      "The lead compound, TMM-2291, killed carbapenem-resistant Klebsiella strains that shrug off most drugs of last resort.",
      "Early experiments suggest it blocks the machinery that ships lipoproteins to the bacterium's outer membrane, a target no approved antibiotic hits.",
      "The drug left common gut bacteria largely untouched in lab tests, which could mean fewer side effects if the result holds.",
      "The team has released its training data and model weights so other groups can check the work and reuse the pipeline.",
    ],
    body: `Carbapenem-resistant *Klebsiella pneumoniae* is the kind of bacterium that keeps infectious-disease doctors up at night. It causes pneumonia, bloodstream infections and urinary tract infections, mostly in hospitals, and the strains now spreading ignore carbapenems, the drugs usually held back for when everything else has failed. New drug classes against it have been scarce for decades.

A team at the Tidewater Institute of Molecular Medicine now reports a candidate that may help close that gap. In a [paper published this week](https://doi.org/10.1038/s41564-026-01872-3), the group led by microbiologist **Dr. Amara Velasquez-Oduya** describes how a machine-learning model helped them find TMM-2291, a small molecule that kills resistant *Klebsiella* in lab dishes and clears much of an infection in mice.

## How the search worked

Chemical space is enormous, and testing compounds one at a time is slow and expensive. The team's approach was to let a model do the first cut and save bench time for the most promising leads. In broad strokes:

1. **Build the training set.** The lab grew *Klebsiella* in the presence of about 48,000 diverse molecules and recorded which ones slowed its growth. Only around 1.2 percent did.
2. **Train the model.** A graph neural network learned to connect molecular structure to growth inhibition, with a second model trained to predict toxicity to human cells.
3. **Score the haystack.** The two models ranked roughly eleven million commercially available compounds that were not in the training data.
4. **Filter for novelty.** The researchers threw out anything that looked structurally similar to known antibiotics, to avoid rediscovering drugs that bacteria already resist.
5. **Test the shortlist.** Of 240 compounds ordered and screened, 19 clearly inhibited growth. TMM-2291 was the most potent and the least toxic.

"The model didn't discover the drug. It told us where to look," Velasquez-Oduya said. "Without it we would have needed to screen the eleven million compounds ourselves, and nobody has the budget for that."

## An unusual target

The more interesting result may be how the compound works. Gram-negative bacteria such as *Klebsiella* have a double membrane that keeps many drugs out. To build and maintain the outer layer, the cell uses a molecular shuttle that carries lipoproteins from the inner membrane to the outer one.

The team's genetic experiments point to TMM-2291 jamming that shuttle. Bacteria that evolved partial resistance in the lab carried mutations in the shuttle's components, and the drug's effect looked like the damage seen when those genes are switched off. No antibiotic on the market attacks this system. That matters because a new target means existing resistance genes are unlikely to help the bacterium.

The compound also appears fairly narrow. In tests against a panel of common gut bacteria, it had little effect on most species. Broad-spectrum antibiotics often wipe out the gut microbiome along with the infection, which can open the door to *C. difficile* and other problems.

## What the numbers show so far

The results are encouraging but early:

- TMM-2291 killed 41 of 44 clinical *Klebsiella* isolates tested, including strains resistant to carbapenems and colistin.
- In a mouse thigh-infection model, a single dose reduced bacterial load roughly a hundredfold compared with untreated animals.
- Resistance did emerge in the lab, but more slowly than it did for two comparison antibiotics.
- Human cell lines tolerated the compound at concentrations well above the dose that killed bacteria.

Independent researchers point out the usual caveats. A [preprint of the chemistry work](https://www.biorxiv.org/content/10.1101/2026.01.14.598231v1) drew comments noting that mouse thigh models are a modest bar, and that many compounds that look good at this stage fail on toxicity, dosing or manufacturing. Lung infections, where *Klebsiella* is most dangerous, have not yet been tested.

## Why this approach is spreading

Machine-learning-guided antibiotic discovery has been around for several years, but the Tidewater study is a useful example of the method maturing. The team trained on its own carefully controlled screening data rather than mixing results from different labs, and it paired activity prediction with a toxicity filter from the start. Both choices seem to have cut down the number of false leads.

The group has also published its screening data, model weights and the list of all 240 tested compounds with their outcomes, including the failures. That last part is rarer than it should be. Negative results are what future models need to learn what does not work.

The next steps are conventional and slow: optimizing the molecule's chemistry, testing it in lung-infection models and running the safety studies required before any human trial. Velasquez-Oduya estimates at least four to six years before the compound, or a successor, could reach patients, and she expects most candidates like it to fail along the way.

Still, for a pathogen that has gone so long without a new class of treatment, a credible lead with a fresh target is real progress. And because the pipeline is open, other teams can point the same tools at the next resistant bacterium on the list.`,
    tags: ["research", "health", "open-source"],
    author: "Maren Okafor",
    hoursAgo: 1230,
    cover: {
      url: "/images/covers/research.svg",
      alt: "Abstract illustration of interlocking hexagonal molecule shapes scattered across a soft gradient, with a few highlighted nodes connected by thin lines",
    },
    sources: [
      {
        url: "https://doi.org/10.1038/s41564-026-01872-3",
        title: "A deep-learning screen identifies an inhibitor of lipoprotein trafficking active against carbapenem-resistant Klebsiella pneumoniae",
        kind: "paper",
      },
      {
        url: "https://www.biorxiv.org/content/10.1101/2026.01.14.598231v1",
        title: "Structure-based prioritization of narrow-spectrum antibacterial scaffolds against Gram-negative pathogens",
        kind: "preprint",
      },
      {
        url: "https://tidewater-imm.org/press/2026/tmm-2291-klebsiella-antibiotic-candidate",
        title: "Tidewater researchers report new antibiotic candidate against drug-resistant Klebsiella",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "ridgetop-cameras-and-ai-spot-wildfires-minutes-after-ignition",
    title: "Ridgetop cameras and AI are spotting wildfires minutes after they ignite",
    tldr:
      "A regional network of 140 rotating cameras, watched by smoke-detection models and a small team of human reviewers, confirmed new wildfires a median of 14 minutes sooner than the first emergency call last season. Fire managers credit the head start with keeping several starts under a hectare.",
    takeaways: [
      "The Ridgeline Alert Network covers about 9,000 square kilometres of dry forest and rangeland with 140 pan-tilt cameras.",
      "Models flag possible smoke plumes, but a human reviewer confirms every alert before crews are notified.",
      "Last season the system confirmed new fires a median of 14 minutes before the first public 911 call.",
      "False alarms from dust, fog and farm burns fell by about two-thirds after the models were retrained on local imagery.",
    ],
    body: `The first few minutes of a wildfire decide a lot. A start caught while it is still the size of a campsite can often be knocked down by a single engine crew. Give it an hour on a windy afternoon and it may need aircraft, evacuations and weeks of work.

That is the thinking behind the **Ridgeline Alert Network**, a camera-and-software system run by the Highcountry Fire Cooperative, a partnership of seven rural fire districts, two counties and the wildland fire lab at Cascadia Polytechnic University. After its second full season, the cooperative's [annual report](https://highcountryfire.org/press/2026/ridgeline-alert-season-report) makes a modest but concrete case that the approach works.

## Eyes on the ridges

The network uses 140 high-resolution cameras mounted on existing radio towers and lookout sites. Each one sweeps a full circle every two minutes, and several have near-infrared sensors that help at dusk and through light haze.

Every frame goes to a set of computer-vision models trained to spot the early signature of smoke: a thin, rising column that changes shape over successive images. The models compare each frame with earlier ones from the same angle, which helps them ignore fixed features like a quarry or a permanent cloud bank over a valley.

When the software sees something, it does not call anyone. Instead it pushes the clip to a small operations room where a reviewer, usually a retired lookout or a seasonal firefighter, looks at it alongside the view from neighbouring cameras. If two cameras see the same plume, the system can triangulate its position to within a few hundred metres.

"The model is very good at noticing. It's not yet very good at judging," said **Lena Marchetti**, the cooperative's detection coordinator. "A person with twenty summers on a lookout tower can tell dust from smoke in about two seconds."

## What changed on the ground

Across last season, the network confirmed 212 new fires. Most were small and would likely have been reported anyway, but timing made the difference:

- The median gap between camera confirmation and the first public emergency call was 14 minutes.
- For 37 fires, mostly in remote terrain, the camera alert came before any call at all.
- Nineteen starts that crews reached within 30 minutes of ignition were held under one hectare.
- Average time from alert to crew dispatch fell to under four minutes once reviewers could send coordinates directly to dispatch software.

The cooperative is careful not to claim it prevented any specific large fire. Weather, terrain and crew availability all matter, and a quiet year can flatter any system. But fire managers say getting resources rolling earlier is never wasted.

## Teaching the models what a local false alarm looks like

The first season was noisier. The off-the-shelf smoke models the team started with were trained largely on imagery from other regions, and they kept flagging dust from gravel roads, harvest combines, morning fog in river bottoms and permitted agricultural burns.

Researchers at Cascadia Polytechnic spent the winter labelling around 60,000 local clips, including every false alarm reviewers had dismissed. Retrained on that material, the models produced about two-thirds fewer false alerts with no measurable loss in detections, according to a [technical paper](https://arxiv.org/abs/2603.04418) the team posted this spring. The cooperative also now pulls the daily list of burn permits, so known agricultural fires are marked before a reviewer ever sees them.

## What comes next

The network is inexpensive by firefighting standards: the cooperative puts its annual running cost at less than the price of a few hours of heavy air tanker time. The next phase adds satellite hotspot data and a handful of solar-powered cameras for ridges without power, and the team plans to publish its labelled dataset so other regions can skip the noisy first year.

Marchetti sees the value in plain terms. "Nobody here thinks a camera puts out fires," she said. "It just means the engine leaves the station while the fire is still small enough to matter."`,
    tags: ["climate", "safety"],
    author: "Daniel Reyes-Whitlock",
    hoursAgo: 1415,
    cover: {
      url: "/images/covers/climate.svg",
      alt: "Abstract illustration of layered ridgelines in warm amber tones under a pale sky, with a thin curl of smoke rising from one slope",
    },
    sources: [
      {
        url: "https://highcountryfire.org/press/2026/ridgeline-alert-season-report",
        title: "Ridgeline Alert Network: second season report",
        kind: "announcement",
      },
      {
        url: "https://arxiv.org/abs/2603.04418",
        title: "Reducing false positives in camera-based wildfire smoke detection with region-specific negative mining",
        kind: "preprint",
      },
    ],
  },
  {
    slug: "open-source-model-describes-images-for-blind-users-on-device",
    title: "An open-source model now describes photos for blind users without leaving the phone",
    tldr:
      "The Open Sight Collective has released Lumen, a compact vision-language model that describes scenes, reads text and answers follow-up questions entirely on a mid-range smartphone. It was designed with blind testers from the start and is free to use and modify.",
    takeaways: [
      "Lumen runs offline on phones released in the past four years, so photos never need to leave the device.",
      "Blind testers helped decide what the model describes first, such as text, people and obstacles, and how long its answers should be.",
      "The model is trained to say when it is unsure rather than guess, a choice testers ranked as one of its most useful features.",
      "Code, weights and the evaluation set are released under a permissive license so developers can build it into their own apps.",
    ],
    body: `For many blind and low-vision people, asking a phone what is in front of them has become routine. The catch is that most capable image-description tools send the photo to a server. That means they need a signal, they can be slow, and they involve handing a picture of your mail, your medicine or your living room to someone else's computer.

The Open Sight Collective, a nonprofit of accessibility researchers and developers, is trying to remove that trade-off. This month it released **Lumen**, a vision-language model small enough to run entirely on a mid-range smartphone. The [release announcement](https://opensight.dev/blog/lumen-1-release) describes a model of about 1.8 billion parameters, compressed so it fits in the memory of phones from roughly the last four years.

## Built with the people who use it

What sets the project apart is less the model size than the process behind it. From the first prototype, the collective worked with a panel of 46 blind and low-vision testers who used early versions in daily life and reported what helped and what got in the way.

Their feedback shaped several design decisions:

- **Text first.** If a photo contains readable text, such as a label, sign or letter, Lumen reads it before describing anything else.
- **Short by default.** The first answer is one or two sentences. Users can ask for more detail or a specific question, like "what colour is the shirt?"
- **Honest uncertainty.** When the model cannot tell what something is, it says so instead of inventing a confident answer.
- **Safety cues.** Steps, open doors, and objects at head height are mentioned early when they appear near the centre of the frame.

"Sighted developers tend to want the model to describe everything beautifully," said Joaquín Arellano, a tester and assistive technology trainer who joined the panel in its first month. "I want to know if that's the oat milk or the regular milk, and I want to know now."

## How well it works

In the collective's evaluation, testers compared Lumen's descriptions with those from a large cloud model on 1,200 photos they had taken themselves, without knowing which system produced which. The smaller model was preferred or rated equal in 58 percent of comparisons. It did worse on cluttered scenes and handwriting, and better on brevity and on admitting uncertainty.

Speed is the other win. On a three-year-old mid-range phone, a first description arrives in about two seconds, with no network at all. That makes the tool usable in basements, on the subway, or abroad without data roaming.

The team has published its evaluation set and methods in a [preprint](https://arxiv.org/abs/2602.11873), including the photos testers agreed to share. Most existing benchmarks use pictures taken by sighted people, which are framed and focused very differently from photos taken without sight.

## Limits worth knowing

The collective is open about where Lumen falls short. Running a model on a phone uses battery, roughly 1 percent per dozen descriptions in their tests. It currently works well in English and Spanish, with weaker results in other languages. And, like any model, it can be wrong in ways that matter, so the team recommends against relying on it alone for medication doses or anything else where a mistake is costly.

## Open by design

Everything is released under the Apache 2.0 license: weights, training code, the fine-tuning data the team created, and a small reference app. Two screen-reader developers have already begun integrating it, and a group of volunteers is working on translations and regional evaluation sets.

For users, the practical result is simple. A description that used to depend on a server, a signal and someone else's privacy policy can now happen in the palm of the hand.`,
    tags: ["accessibility", "open-source"],
    author: "Priya Natarajan",
    hoursAgo: 1600,
    cover: {
      url: "/images/covers/accessibility.svg",
      alt: "Abstract illustration of a rounded phone outline emitting concentric soft arcs, with small raised dots suggesting braille along the lower edge",
    },
    sources: [
      {
        url: "https://opensight.dev/blog/lumen-1-release",
        title: "Introducing Lumen: on-device image descriptions, built with blind testers",
        kind: "announcement",
      },
      {
        url: "https://arxiv.org/abs/2602.11873",
        title: "Lumen: a compact vision-language model and benchmark for image description by and for blind users",
        kind: "preprint",
      },
    ],
  },
  {
    slug: "listening-to-coral-reefs-machine-learning-tracks-recovery-by-sound",
    title: "Listening to coral reefs: machine learning tracks recovery through sound",
    tldr:
      "The Reef Chorus Project placed low-cost underwater recorders on 64 reefs and trained models to pick out fish calls and other sounds of a healthy reef. The acoustic readings tracked diver surveys closely and showed restored reefs regaining their soundscapes within two years.",
    takeaways: [
      "Healthy reefs are noisy, and the mix of fish calls and crackling shrimp is a useful signal of reef condition.",
      "Models trained on 30,000 labelled clips can now sort months of recordings in hours instead of weeks.",
      "The acoustic health index matched diver surveys closely across 64 sites.",
      "Restored reef plots regained much of their soundscape within about two years, offering an inexpensive way to check whether restoration works.",
    ],
    body: `Put your head underwater on a thriving coral reef and it is surprisingly loud. Snapping shrimp crackle like frying oil. Damselfish grunt and pop. Groupers boom at dusk. A damaged reef, by contrast, is often eerily quiet.

Scientists have known this for years, but turning it into a monitoring tool has been hard. A single hydrophone can record thousands of hours of audio, and listening to it all is impossible. The **Reef Chorus Project**, led by marine ecologists at the Wallacea Marine Institute, has now shown that machine learning can close that gap, in a [study published this month](https://doi.org/10.1111/gcb.17712).

## Why sound?

Diver surveys remain the gold standard for reef health. Trained observers count fish, measure coral cover and note disease. But they are expensive, weather-dependent and usually happen once or twice a year at best. A reef can bleach and recover, or collapse, between visits.

Acoustic recorders, by contrast, sit on the seabed for months. The project's devices cost under 200 dollars each, run on batteries for about 100 days, and record one minute out of every five. Across 64 reefs, the team gathered more than 90,000 hours of audio over three years.

## Teaching a model to hear a reef

The researchers first built a labelled library. Volunteers and students, trained by the project's bioacousticians, tagged around 30,000 short clips by hand, noting fish calls, shrimp noise, boat engines, rain and waves. A convolutional network trained on spectrograms of those clips now sorts new recordings automatically.

From the model's output, the team computes an acoustic health index that combines several measures:

- the number of distinct fish call types heard each day;
- the intensity of the dawn and dusk choruses;
- the background level of snapping shrimp;
- how much of the recording is masked by boat noise.

Across all 64 sites, the index rose and fell in step with diver-measured fish abundance and coral cover. It was not perfect: reefs near busy shipping lanes were harder to read. But it was good enough to flag which reefs needed a diver's attention.

"We're not trying to replace divers," said **Dr. Sinta Maharani**, the project's lead scientist. "We're trying to tell them where to go."

## A report card for restoration

The most hopeful finding concerns reef restoration. Several sites in the study had been rebuilt over the past five years using steel frames seeded with coral fragments, a common technique. Whether such projects truly bring back a functioning ecosystem, and not just coral, is hard to measure.

The recordings suggest they can. Restored plots started out almost as quiet as degraded ones, but within about two years their soundscapes had moved most of the way toward those of healthy reference reefs. Fish call diversity rose first; the dawn chorus took longer. The team has released its [full audio dataset and labels](https://zenodo.org/records/14920385) so other groups can test the method on their own reefs.

## Room to grow

The project's next phase aims to bring the recorders to community-run marine protected areas, where local rangers can swap batteries and upload data by phone. Maharani's team is also training the model to recognise the calls of individual species, which could help track overfishing.

For reefs under pressure from warming seas, a cheap and constant way to listen may be one of the more practical tools on offer. It turns a yearly snapshot into something closer to a heartbeat monitor.`,
    tags: ["science", "climate"],
    author: "Tomas Lindqvist",
    hoursAgo: 1785,
    sources: [
      {
        url: "https://doi.org/10.1111/gcb.17712",
        title: "Machine-learned soundscape indices track coral reef condition and restoration outcomes across 64 sites",
        kind: "paper",
      },
      {
        url: "https://zenodo.org/records/14920385",
        title: "Reef Chorus acoustic dataset: 90,000 hours of labelled reef recordings",
        kind: "dataset",
      },
    ],
  },
  {
    slug: "library-consortium-ai-makes-century-of-newspapers-searchable",
    title: "A library consortium's AI makes a century of small-town newspapers searchable",
    tldr:
      "Twenty-three libraries in the Prairie Libraries Digital Consortium used machine learning to re-read 4.1 million pages of local newspapers printed between 1850 and 1960. Search results that once returned gibberish now find individual articles, names and places.",
    takeaways: [
      "Older text recognition produced roughly one wrong word in three on faded, crowded newspaper pages.",
      "The new pipeline splits each page into articles first, then reads and corrects the text, cutting the error rate to about one word in sixteen.",
      "Original page scans stay alongside the corrected text, so readers can always check the source.",
      "Searches by genealogists, students and local historians roughly tripled in the first three months.",
    ],
    body: `For years, the digitized newspapers in the Prairie Libraries Digital Consortium had a frustrating quality: they were online, but they were barely searchable. Type a great-grandmother's name into the archive and you might get nothing. Type something common and you could get thousands of hits, many of them strings of scrambled letters.

The problem was the text underneath the scans. When the pages were first digitized in the 2000s, optical character recognition software did its best with faded ink, tiny type, torn corners and columns that ran into each other. On the oldest pages, roughly **one word in three** came out wrong.

A two-year project by the consortium's 23 public and university libraries has now re-read all 4.1 million pages, and the difference is visible on the first search. The consortium describes the work in a [project report](https://prairielibraries.org/news/2026/newspaper-archive-relaunch) and a [technical paper](https://arxiv.org/abs/2601.07726) by its digital scholarship team.

## Reading a page the way a person would

A newspaper page is not a book page. It is a patchwork of articles, ads, legal notices and headlines, often with a story jumping from column two to column five. Older software read straight across, which could stitch half a farm report onto a wedding announcement.

The new pipeline works in stages:

1. **Layout.** A vision model divides each page into regions, such as headlines, article text, advertisements and tables, and links continued stories across columns.
2. **Recognition.** A text recognition model fine-tuned on historical type reads each region separately.
3. **Correction.** A language model suggests fixes for likely errors, but only where the image supports the change. Every correction is logged.
4. **Indexing.** Names, places and dates are tagged, so searches can be filtered by county or decade.

Librarians checked a random sample of 5,000 articles against the scans. The word error rate fell from about 31 percent to about 6 percent, with the biggest gains on the oldest and most damaged pages.

## Keeping the record honest

Consortium staff were wary of a tool that might quietly rewrite history. So the system never replaces the page image, and corrected text is always marked as machine-generated. Readers can flip between the scan and the transcription, and a "suggest a fix" button sends errors back to librarians.

The team also made a deliberate choice about old language. Historical newspapers contain slurs and demeaning descriptions. Rather than silently correcting or removing them, the archive preserves the text as printed and adds context notes written by historians to the most frequently viewed items.

"Our job is to make the past findable, not to make it comfortable," said **Ruth Annika Dahlberg**, who coordinated the project for the consortium.

## Who is using it

In the three months since relaunch, searches have roughly tripled. Library staff report that users include:

- genealogists finding obituaries, marriage notices and land sales;
- high school teachers building local history lessons from primary sources;
- journalists tracing the history of rivers, rail lines and town councils;
- tribal historians locating coverage of treaty negotiations and land disputes.

A retired teacher in one small town found a 1912 article about her grandfather's barn raising, complete with a list of every neighbour who helped. "It was always there," Dahlberg said. "We just couldn't find it."

## Sharing the work

The consortium has released its code and its corrected training data so other regional archives can use the pipeline. Several state libraries have already asked for help getting started. For small libraries with big paper collections, that may be the most useful result of all.`,
    tags: ["education", "open-source"],
    author: "Priya Natarajan",
    hoursAgo: 1960,
    sources: [
      {
        url: "https://prairielibraries.org/news/2026/newspaper-archive-relaunch",
        title: "Prairie newspaper archive relaunches with article-level search",
        kind: "announcement",
      },
      {
        url: "https://arxiv.org/abs/2601.07726",
        title: "Layout-aware recognition and constrained correction for large historical newspaper collections",
        kind: "preprint",
      },
    ],
  },
  {
    slug: "crisis-line-uses-ai-to-shorten-queue-while-humans-answer-every-call",
    title: "A crisis line uses AI to shorten the queue while a human answers every call",
    tldr:
      "Harborlight Crisis Line cut median wait times for text conversations from eleven minutes to four by using AI for paperwork, routing and queue prioritization, never for the conversations themselves. An independent review found no drop in counselor-rated call quality.",
    takeaways: [
      "Every call and text at Harborlight is still answered by a trained human counselor.",
      "AI drafts post-call notes for counselors to edit, cutting documentation time from about nine minutes to three.",
      "A risk-flagging model helps supervisors move people in immediate danger to the front of the queue.",
      "Median waits for text conversations fell from eleven minutes to four over six months.",
      "An independent ethics board reviews the system quarterly, and conversation data is never used to train commercial models.",
    ],
    body: `When someone reaches out to a crisis line, the worst thing that can happen is that nobody answers. For Harborlight Crisis Line, a regional nonprofit that handles around 14,000 calls and texts a month, the bottleneck was never compassion. It was time.

Counselors were spending a large share of each shift on tasks other than talking to people: writing up notes, looking up local services, finding a colleague who spoke the right language. Meanwhile, text conversations in particular could sit in a queue for more than ten minutes on busy nights.

Harborlight's answer, described in a [six-month evaluation](https://harborlight.org/reports/2026/ai-assisted-operations-review) released this week, was to use AI for almost everything around the conversation, and nothing inside it.

## A firm line

The organization set its rules before writing a line of code. "We decided early that a person in crisis talks to a person, full stop," said **Dr. Naomi Castellanos**, Harborlight's clinical director. "The question was how to give our counselors more time to do that."

Under the policy, the AI tools:

- never send a message to a caller or texter;
- never make a final decision about risk, which stays with counselors and shift supervisors;
- are visible to counselors, who can see and override every suggestion;
- run on servers Harborlight controls, with conversation data kept out of any commercial model's training.

## Where the time came from

The largest gain was the least dramatic one: **paperwork**. After each conversation, counselors must write a structured note. A language model now drafts that note from the transcript, and the counselor edits and signs it. Average documentation time fell from about nine minutes to three. Across a shift, that adds up to several more conversations per counselor.

The second change was routing. When a text arrives, a model identifies the language and the general topic, such as grief, substance use or family conflict, and suggests a counselor with matching training. It also pulls up relevant local resources, like shelters or walk-in clinics, so counselors no longer have to search for them mid-conversation.

The third and most sensitive change concerns the queue itself. A classifier reads the first messages in incoming texts and flags language that suggests immediate danger. Flagged conversations are shown to the shift supervisor, who decides whether to move them forward. The model does not reorder anything on its own.

## What the evaluation found

The review, conducted with researchers from the Lakeshore Institute for Behavioral Health, compared six months before and after the rollout:

- Median wait for text conversations fell from eleven minutes to four; phone waits fell from three minutes to under two.
- Conversations abandoned before a counselor answered dropped by about 40 percent.
- Supervisors agreed with the risk flag in 87 percent of cases, and the model caught several high-risk texts that had been waiting behind longer conversations.
- Counselor-rated quality scores and caller feedback were unchanged.

The evaluators also looked for what could go wrong. The risk model missed some indirect expressions of distress, particularly in slang and in languages other than English, which is why supervisors continue to scan the whole queue. Counselors sometimes had to fix errors in drafted notes, and the team added training so that editing did not become rubber-stamping.

## Lessons for others

Harborlight's independent ethics board will keep reviewing the system every quarter, and the organization has published its [policies and model documentation](https://harborlight.org/transparency/ai-use-policy) for other crisis services to adapt. Several peer lines have already asked for them.

Castellanos is hopeful about the approach but clear about its limits. "None of this works without enough trained counselors," she said. "What the tools gave us was time, and we spent all of it on people."`,
    tags: ["health", "safety"],
    author: "Maren Okafor",
    hoursAgo: 2145,
    sources: [
      {
        url: "https://harborlight.org/reports/2026/ai-assisted-operations-review",
        title: "AI-assisted operations at Harborlight Crisis Line: a six-month evaluation",
        kind: "announcement",
      },
      {
        url: "https://harborlight.org/transparency/ai-use-policy",
        title: "Harborlight AI use policy and model documentation",
        kind: "announcement",
      },
    ],
  },
  {
    slug: "newsroom-alliance-adopts-open-provenance-standard-for-photos-and-video",
    title: "Forty newsrooms adopt an open provenance standard for their photos and video",
    tldr:
      "The Regional Newsroom Integrity Alliance has begun attaching signed provenance records and invisible watermarks to the photos, video and illustrations its 40 member outlets publish. Anyone can check where an image came from and how it was edited, using a free public verification page.",
    takeaways: [
      "Member newsrooms now attach a signed record to each image showing who captured it, when, and what edits were made.",
      "An invisible watermark links the image back to that record even if metadata is stripped by social platforms.",
      "AI-generated illustrations are labelled in both the visible caption and the embedded record.",
      "The alliance stresses that a missing credential does not prove an image is fake, only that its origin cannot be confirmed.",
    ],
    body: `Every newsroom has had the same bad afternoon. A photo goes viral, it looks like one of theirs, and nobody can quickly prove whether it was altered or invented. By the time an editor issues a denial, the image has already travelled far.

The **Regional Newsroom Integrity Alliance**, a group of 40 local and regional news outlets, has decided to tackle this from the other end. Instead of trying to spot every fake, its members now mark what is real. As of this month, photos, video and illustrations they publish carry provenance records under the Open Provenance Manifest, an open standard developed by the nonprofit Media Trust Lab and described in the alliance's [launch announcement](https://newsroomintegrity.org/press/2026/open-provenance-rollout).

## What a provenance record contains

Think of it as a signed chain of custody. When a staff photographer takes a picture with a supported camera or phone app, the device creates a record that includes:

- the time and, if the photographer chooses, the location of capture;
- the news organization that vouches for it, signed with that organization's cryptographic key;
- each editing step, such as cropping, colour correction or blurring a bystander's face;
- whether any part of the image was generated or altered by AI.

Each time the image is edited in a compatible tool, a new entry is added and signed. If someone changes the pixels outside that chain, the signature no longer matches.

## Surviving the trip through social media

Metadata alone is fragile. Most social platforms strip it when images are uploaded, and a screenshot removes it entirely. That is where the second layer comes in: an invisible watermark, woven into the image's pixels and video frames, that carries a short identifier pointing back to the full record.

In tests described in a [technical report](https://arxiv.org/abs/2602.13390) by Media Trust Lab researchers, the watermark survived typical compression, resizing, moderate cropping and screenshots more than 95 percent of the time. It was much less reliable after heavy edits, such as cropping away most of the frame or repainting large regions, and the authors say so plainly.

Anyone can drop an image onto the alliance's public verification page. If a watermark or intact record is found, the page shows the issuing newsroom, the capture date and the list of edits.

## Labelling AI illustrations, too

Several member outlets use AI tools to create illustrations for explainers and opinion pieces. Under the alliance's policy, those images carry a visible caption noting that they were generated, and the same disclosure is written into the provenance record. Editors say this makes their own use of the technology more transparent, not less.

"We spent years asking readers to trust us," said **Hollis Ferreira-Baptiste**, the alliance's standards editor. "This is a way of showing our work."

## What it cannot do

The alliance is careful about the limits, and it published a reader guide to go with the launch. The key points:

1. **A credential shows origin, not truth.** A signed photo proves who published it and how it was edited. It does not prove the scene was represented fairly.
2. **No credential is not proof of a fake.** Most images in the world, including many genuine ones from eyewitnesses, carry no provenance at all.
3. **Watermarks can be removed** by determined attackers, so they are one signal among several, alongside reporting and traditional verification.

## Why an open standard matters

Because the Open Provenance Manifest is published and free to implement, smaller outlets do not need expensive licences to participate. Media Trust Lab has released open-source signing tools and a verification library, and two camera app developers have added support.

The hope is that provenance becomes ordinary, like the padlock icon in a browser. Readers may never check it, but its presence makes the information ecosystem a little sturdier, and its absence a little more noticeable.`,
    tags: ["safety", "open-source"],
    author: "Daniel Reyes-Whitlock",
    hoursAgo: 2330,
    cover: {
      url: "/images/covers/safety.svg",
      alt: "Abstract illustration of a stack of translucent photo frames linked by a chain of small geometric seals, in cool blue and slate tones",
    },
    sources: [
      {
        url: "https://newsroomintegrity.org/press/2026/open-provenance-rollout",
        title: "Regional Newsroom Integrity Alliance adopts Open Provenance Manifest across 40 outlets",
        kind: "announcement",
      },
      {
        url: "https://arxiv.org/abs/2602.13390",
        title: "Robust invisible watermarks for linking news imagery to signed provenance manifests",
        kind: "preprint",
      },
      {
        url: "https://mediatrustlab.org/news/open-provenance-manifest-1-0",
        title: "Open Provenance Manifest 1.0 specification released",
        kind: "news",
      },
    ],
  },
  {
    slug: "ai-assisted-microscopy-speeds-malaria-diagnosis-in-field-clinics",
    title: "AI-assisted microscopy cuts malaria diagnosis to minutes in rural field clinics",
    tldr:
      "A smartphone attachment and image-analysis model let health workers in eleven rural clinics read malaria blood smears in about four minutes instead of more than twenty. In a study of 3,400 patients, its accuracy was close to that of expert microscopists, and it counted parasites, which rapid tests cannot do.",
    takeaways: [
      "The system clips a phone onto a standard clinic microscope and analyses the images on the phone itself.",
      "Reading time per slide fell from more than twenty minutes to about four.",
      "Sensitivity was 94 percent, compared with 96 percent for expert microscopists reviewing the same slides.",
      "Because it counts parasites, the tool helps clinicians spot severe infections and monitor whether treatment is working.",
    ],
    body: `In a small clinic, the microscope is often the slowest part of a malaria diagnosis. A well-trained microscopist needs twenty minutes or more to scan enough fields of a blood smear to call it negative, and in many rural health centres there is only one such person, if any. On a busy morning during the rainy season, the queue of slides can stretch for hours.

A study from eleven clinics in rural western Kenya suggests artificial intelligence can shorten that wait without lowering the bar. Researchers from the **Lakeside Tropical Health Partnership**, a collaboration between a regional university hospital and the county health service, report in a [paper published this month](https://doi.org/10.1186/s12936-026-05112-7) that their phone-based system read slides in about four minutes, with accuracy close to expert level.

## How it works

The setup is deliberately low-tech on the outside. A 3D-printed clip holds an ordinary smartphone over the eyepiece of the clinic's existing light microscope. A health worker prepares a stained blood smear as usual and moves the slide while the phone captures images.

An image-analysis model on the phone then does three things:

- finds and counts parasites in thick smears, which show whether an infection is present;
- identifies the species in thin smears, separating *Plasmodium falciparum*, the most dangerous, from others;
- estimates parasite density, which helps distinguish mild from severe disease.

Everything runs offline. Results, with the flagged images, are stored on the phone and synced to the district health office when a connection is available.

## What the study found

Over eight months, the team enrolled 3,400 patients with suspected malaria. Every slide was read by the AI system and, separately, by two expert microscopists at a reference laboratory who did not see the AI results.

The main results:

- The system detected 94 percent of infections the experts confirmed, against 96 percent for expert microscopists in a blinded re-read.
- It correctly ruled out malaria in 97 percent of negative slides.
- Species identification agreed with the reference lab in 92 percent of positive cases.
- Median time per slide fell from 23 minutes to just over four.

Local health workers still reviewed every positive result and any slide the model marked as uncertain. "The phone doesn't replace the microscopist. It gives her back most of her morning," said **Dr. Wanjiru Mbeki-Otieno**, a clinician who led the study at one of the sites.

## Why not just use rapid tests?

Rapid diagnostic tests are cheap and widely used, and they remain essential. But they have gaps. They generally cannot count parasites, so they do not tell a clinician how severe an infection is or whether treatment is clearing it. And in parts of East Africa, parasites with deletions in the *hrp2* gene can evade the most common test type, producing false negatives.

Microscopy avoids both problems, which is why the study team believes it is worth making faster rather than abandoning. A [companion dataset](https://data.lakesidetropicalhealth.org/datasets/field-smears-2026) of 180,000 annotated smear images has been released to help other groups train and test similar tools.

## Next steps

The partnership plans a larger trial with the county health department next year, including whether faster results actually change treatment decisions and patient outcomes. It is also testing the model on slides stained with different reagents, since supply shortages often force clinics to switch.

The cost of the clip is under ten dollars, and most health workers already carry a suitable phone. For clinics where the microscope has long been a bottleneck, that makes a realistic case for wider use.`,
    tags: ["health", "research"],
    author: "Tomas Lindqvist",
    hoursAgo: 2585,
    sources: [
      {
        url: "https://doi.org/10.1186/s12936-026-05112-7",
        title: "Smartphone-based automated microscopy for malaria diagnosis in rural health facilities: a prospective multi-site evaluation",
        kind: "paper",
      },
      {
        url: "https://data.lakesidetropicalhealth.org/datasets/field-smears-2026",
        title: "Lakeside field smear dataset: 180,000 annotated malaria blood-film images",
        kind: "dataset",
      },
    ],
  },
];
