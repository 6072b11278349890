// Unsigned sample credentials of a fictional student, Maya Alvarez, at a fictional university:
//   ob3  - an Open Badges 3.0 OpenBadgeCredential for the "Teamwork — Service-Learning"
//          micro-credential (criteria, NACE + AAC&U alignments, evidence, learner name);
//   clr2 - a CLR 2.0 ClrCredential holding that credential and a "Teamwork" competency credential,
//          with an isChildOf association from the micro-credential to the competency.
// Every @context used here is one the offline loader serves (checked by the `sample` command).
import {randomUUID} from 'node:crypto';

export const CONTEXT = {
  vc1: 'https://www.w3.org/2018/credentials/v1',
  vc2: 'https://www.w3.org/ns/credentials/v2',
  ob302: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  ob303: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  obExtensions: 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  // the original CLR 2.0 context: the only CLR context we have an exact copy of (contexts/README.md)
  clr: 'https://purl.imsglobal.org/spec/clr/v2p0/context.json'
};

const SCHEMA = {
  ob: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  clr: 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json'
};

export const DEFAULT_SUBJECT = 'did:example:learner-maya-alvarez';
const SITE = 'https://www.northfield.example.edu';
const LEARNER = 'Maya Alvarez';
const AWARDED = '2025-05-16T17:00:00Z';
const NACE_TEAMWORK = {
  type: ['Alignment'],
  targetName: 'Teamwork',
  targetFramework: 'NACE Career Readiness Competencies',
  targetType: 'ceasn:Competency',
  targetCode: 'NACE-TEAMWORK',
  targetUrl: 'https://www.naceweb.org/career-readiness/competencies/career-readiness-defined/'
};

const university = () => ({
  id: 'did:example:northfield-state-university', // replaced by the signing key's DID on `issue`
  type: ['Profile'],
  name: 'Northfield State University',
  url: SITE,
  email: 'registrar@northfield.example.edu',
  image: {id: `${SITE}/assets/seal.png`, type: 'Image', caption: 'Northfield State University seal'}
});

const civicCenter = () => ({
  id: `${SITE}/profiles/center-for-civic-engagement`,
  type: ['Profile'],
  name: 'Center for Civic Engagement, Northfield State University',
  url: `${SITE}/civic-engagement`
});

function microCredentialAchievement() {
  const id = `${SITE}/achievements/teamwork-service-learning`;
  return {
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: 'Teamwork — Service-Learning',
    description: 'Awarded to students who demonstrate collaborative teamwork while completing a ' +
      'semester-long service-learning project with a community partner.',
    criteria: {
      id: `${id}#criteria`,
      narrative: [
        'The learner:',
        '1. Completed at least 30 hours of service with an approved community partner as a member of a ' +
          'team of 3-6 students;',
        '2. Submitted a reflective essay on their contribution to the team;',
        '3. Was rated "Milestone" (3) or higher on the Teamwork rubric by both the faculty mentor and the ' +
          'community partner.'
      ].join('\n')
    },
    image: {
      id: `${SITE}/badges/images/teamwork-service-learning.png`,
      type: 'Image',
      caption: 'Teamwork — Service-Learning badge'
    },
    alignment: [
      {
        ...NACE_TEAMWORK,
        targetDescription: 'Build and maintain collaborative relationships to work effectively toward ' +
          'common goals, while appreciating diverse viewpoints and shared responsibilities.'
      },
      {
        type: ['Alignment'],
        targetName: 'Teamwork VALUE Rubric',
        targetFramework: 'AAC&U VALUE Rubrics',
        targetType: 'CFRubric',
        targetUrl: 'https://www.aacu.org/initiatives/value-initiative/value-rubrics/value-rubrics-teamwork'
      }
    ],
    creator: civicCenter(),
    fieldOfStudy: 'Civic Engagement',
    humanCode: 'SL-TW-200',
    tag: ['teamwork', 'service-learning', 'civic engagement', 'micro-credential']
  };
}

function competencyAchievement() {
  return {
    id: `${SITE}/achievements/competency-teamwork`,
    type: ['Achievement'],
    achievementType: 'Competency',
    name: 'Teamwork (Career Readiness Competency)',
    description: 'Institutional competency in teamwork, earned by completing two or more teamwork ' +
      'micro-credentials.',
    criteria: {
      narrative: 'Earn at least two Northfield teamwork micro-credentials, one of which must be ' +
        'Teamwork — Service-Learning.'
    },
    alignment: [{...NACE_TEAMWORK}],
    creator: civicCenter(),
    humanCode: 'CRC-TW'
  };
}

const serviceLearningEvidence = () => [{
  id: `${SITE}/eportfolio/maya-alvarez/service-learning-reflection`,
  type: ['Evidence'],
  name: 'Service-learning reflection and partner evaluation',
  description: 'Reflective essay and community-partner evaluation for the Riverside Food Bank logistics ' +
    'project (Spring 2025).',
  narrative: 'Maya coordinated volunteer shifts for a team of five and redesigned the intake workflow with ' +
    'the food bank staff.',
  genre: 'Reflection essay',
  audience: 'Faculty reviewers and employers'
}];

/** Validity: VC 1.1 needs issuanceDate; validFrom is an OB 3.0 term in both. */
function withDates(cred, vc) {
  if(vc === 1) {
    cred.issuanceDate = AWARDED;
    cred.validFrom = AWARDED;
  } else {
    cred.validFrom = AWARDED;
    cred.awardedDate = AWARDED;
  }
  return cred;
}

export function openBadge({vc = 2, subject = DEFAULT_SUBJECT, achievement = microCredentialAchievement()} = {}) {
  const competency = achievement.achievementType === 'Competency';
  const cred = withDates({
    '@context': vc === 1 ? [CONTEXT.vc1, CONTEXT.ob302] : [CONTEXT.vc2, CONTEXT.ob303, CONTEXT.obExtensions],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    description: `${LEARNER} earned the ${achievement.name} ${competency ? 'competency' : 'micro-credential'} ` +
      'at Northfield State University.',
    issuer: university()
  }, vc);
  cred.credentialSubject = {
    id: subject,
    type: ['AchievementSubject'],
    name: LEARNER,
    identifier: [{type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: LEARNER}],
    achievement,
    activityStartDate: '2025-01-21T00:00:00Z',
    activityEndDate: '2025-05-09T00:00:00Z',
    term: 'Spring 2025'
  };
  if(!competency) {
    cred.evidence = serviceLearningEvidence();
  }
  if(vc === 2) {
    cred.credentialSchema = [{id: SCHEMA.ob, type: '1EdTechJsonSchemaValidator2019'}];
  }
  return cred;
}

export function learnerRecord({vc = 2, subject = DEFAULT_SUBJECT} = {}) {
  const micro = microCredentialAchievement();
  const competency = competencyAchievement();
  const cred = withDates({
    '@context': vc === 1 ? [CONTEXT.vc1, CONTEXT.clr, CONTEXT.ob302] :
      [CONTEXT.vc2, CONTEXT.clr, CONTEXT.ob303, CONTEXT.obExtensions],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: `Comprehensive Learner Record — ${LEARNER}`,
    description: 'Co-curricular record of skills micro-credentials and competencies earned at Northfield ' +
      'State University.',
    issuer: university()
  }, vc);
  cred.credentialSubject = {
    id: subject,
    type: ['ClrSubject'],
    name: LEARNER,
    verifiableCredential: [
      openBadge({vc, subject, achievement: micro}),
      openBadge({vc, subject, achievement: competency})
    ],
    achievement: [micro, competency],
    association: [{type: 'Association', associationType: 'isChildOf', sourceId: micro.id, targetId: competency.id}]
  };
  if(vc === 2) {
    cred.credentialSchema = [{id: SCHEMA.clr, type: '1EdTechJsonSchemaValidator2019'}];
  }
  return cred;
}
