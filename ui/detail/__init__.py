"""A credential's detail: the human rendering of Open Badges 3.0 and CLR 2.0 content, its checks in
plain language, the raw credential and the learner's notes; and the image loader the library shares."""
