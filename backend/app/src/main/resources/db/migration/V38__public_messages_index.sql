-- Art 24.3: the public list of moderated messages and their replies reads the newest published ones first.
create index complaints_published_idx on complaints (received_on desc, id desc) where moderation = 'PUBLISHED';
