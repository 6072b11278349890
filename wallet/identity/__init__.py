"""Who the learner is: did:key identities, their keys in the OS keychain, DID resolution."""
