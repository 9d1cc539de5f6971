// Words the text templates draw on: roles, companies, skills, topics, events and PII-free sentences.
//
// Company names are the well-known fictional ones from software documentation, so no text pins a
// statement on a real employer; company mail domains use the reserved `.example` top-level domain.

const list = (text: string): readonly string[] => text.split(';').map((item) => item.trim()).filter((item) => item !== '');

/** Job titles. */
export const ROLES = list(
  'Senior Software Engineer; Data Scientist; Product Manager; UX Designer; Account Executive; HR Business Partner; Marketing Manager; Financial Analyst; DevOps Engineer; Nurse Practitioner; Civil Engineer; Technical Recruiter; Sales Director; Chief Technology Officer; Research Scientist; Supply Chain Analyst; Legal Counsel; Operations Manager; Customer Success Manager; Machine Learning Engineer; Security Analyst; Solutions Architect; Management Consultant; Project Manager; Data Engineer; Head of Talent; Engineering Manager; Content Strategist; Procurement Lead; Clinical Research Associate',
);

/** Fictional employers. */
export const COMPANIES = list(
  'Northwind Traders; Contoso; Fabrikam; Adventure Works; Tailspin Toys; Litware; Woodgrove Bank; Proseware; Wingtip Toys; Blue Yonder Airlines; Lucerne Publishing; Alpine Ski House; Fourth Coffee; Trey Research; Coho Winery; Humongous Insurance; Southridge Video; VanArsdel; Relecloud; Globex; Initech; Acme Robotics; Wide World Importers; Margie’s Travel; Graphic Design Institute; Datum Corporation',
);

/** Skills people list and brag about. */
export const SKILLS = list(
  'Python; SQL; Kubernetes; TypeScript; negotiation; stakeholder management; Figma; financial modelling; Tableau; React; Rust; machine learning; cloud architecture; GDPR compliance; supply chain optimisation; SAP; Salesforce; public speaking; data visualisation; people leadership; Go; Terraform; market research; clinical trials; contract law',
);

/** What people write about. */
export const TOPICS = list(
  'remote work; generative AI; data privacy; hiring; leadership; burnout; sustainability; climate tech; diversity in tech; onboarding; career changes; open source; product discovery; pricing; customer churn; mentoring; four-day weeks; layoffs; developer experience; AI regulation; negotiation; hybrid teams; salary transparency',
);

/** Events people invite each other to. */
export const EVENTS = list(
  'our product meetup; the PyData meetup; the spring hiring fair; a panel on AI ethics; DevOpsDays; our annual customer summit; the women in tech breakfast; a privacy engineering workshop; the climate tech demo night; our open office day',
);

/** Certifications. */
export const CERTIFICATIONS = list(
  'AWS Solutions Architect; PMP; CFA Level II; Google Data Analytics; Certified Scrum Master; CISSP; Azure Fundamentals; CIPP/E; Kubernetes CKA; Six Sigma Green Belt',
);

/** Hashtags. */
export const HASHTAGS = list(
  '#hiring; #opentowork; #AI; #leadership; #privacy; #datascience; #careers; #remotework; #growth; #engineering; #sustainability; #mentoring; #gratitude; #newjob',
);

/** Emoji people sprinkle into posts (several are outside the Basic Multilingual Plane on purpose). */
export const EMOJI = list('🎉; 🚀; 🙏; 👏; 💡; ✅; 🔥; 🙌; ❤️; 📣; 👇; 🤝');

/** Sentences that carry no personal data, used to vary and pad texts. */
export const PLAIN_SENTENCES = list(
  'Consistency beats intensity, every single time.; The best teams I have worked with write things down.; Curious what others have seen here.; Small experiments, shipped weekly, add up faster than big plans.; Feedback is a gift, even when it does not feel like one.; We cut our cloud bill by a third without touching a line of product code.; Hiring for curiosity has never let me down.; Nobody reads the roadmap, but everybody reads the changelog.; Documentation is a product too.; The hardest part of any migration is the last ten percent.; Culture is what happens when nobody is in the meeting.; Celebrate the boring releases: they mean the process works.; Ask for the promotion before you think you are ready.; Good managers remove obstacles, great ones remove themselves.; It took us three attempts to get this right, and that is fine.; Onboarding is where retention starts.; Measure what matters, then stop measuring the rest.; Slow is smooth, and smooth is fast.; Every outage taught us something the dashboards did not.; Would love to hear how other teams approach this.',
);

/** Observations an article is built from; `{topic}` and `{skill}` are filled in. */
export const ARTICLE_SENTENCES = list(
  'Over the last year I have watched {topic} go from a side conversation to a board-level priority.; Most teams underestimate how much {topic} depends on plain, unglamorous habits.; When we started investing in {skill}, the first results were disappointing.; The data tells a different story from the headlines about {topic}.; The teams that got this right shared one trait: they measured outcomes, not activity.; We also learned that {topic} is as much about trust as it is about tooling.; If you lead a team, start with one small change this quarter.; I am convinced that {topic} will look very different in five years.; The cost of doing nothing is usually hidden, which is exactly why it grows.',
);

/** The three-step advice some articles give, in this order; `{skill}` is filled in. */
export const ARTICLE_STEPS = list(
  'Here is what worked for us, and what I would do differently next time.; First, write down the decision and who owns it.; Second, make the feedback loop shorter than a week.; Third, stop treating {skill} as a specialist topic and teach it to everyone.; None of this is new, but very few organisations do all three.',
);

/** Article titles; `{topic}` is filled in. */
export const ARTICLE_TITLES = list(
  'Five lessons on {topic} from a hard year; What nobody tells you about {topic}; {topic}: a practical playbook; Why we changed our mind about {topic}; The quiet economics of {topic}; A field guide to {topic} for new managers',
);
