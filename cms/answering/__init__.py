"""The public side of a consultation: a young person agrees, answers step by step, and sends their answers once.

Everything works without JavaScript. Progress lives in the young person's own session until they send it; nothing
identifying them (account, IP address, device) is stored with what they send.
"""
