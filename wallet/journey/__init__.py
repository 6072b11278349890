"""The skill journey: a pure function from credentials to skills, experiences and stacks."""
